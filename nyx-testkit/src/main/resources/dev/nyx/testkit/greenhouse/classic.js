// Classic Greenhouse board behaviour for the Nyx replica: select2-like selects, S3-style uploads,
// location autocomplete, conditional questions, the reCAPTCHA hook and the XHR submit. Plain JS, no
// dependencies.
(function () {
  'use strict';

  var form = document.getElementById('application_form');
  if (!form) { return; }
  var resultSeq = 0;
  var searchSeq = 0;
  var openDrop = null;

  // ---- select2-like widget -------------------------------------------------------------------

  function selectedText(select) {
    var option = select.options[select.selectedIndex];
    return option ? option.text : '';
  }

  function closeDrop() {
    if (!openDrop) { return; }
    openDrop.drop.remove();
    openDrop.container.classList.remove('select2-dropdown-open', 'select2-container-active');
    openDrop = null;
  }

  function enhanceSelect(select) {
    select.classList.add('select2-offscreen');
    select.tabIndex = -1;
    var container = document.createElement('div');
    container.id = 's2id_' + select.id;
    container.className = 'select2-container';
    var choice = document.createElement('a');
    choice.href = 'javascript:void(0)';
    choice.className = 'select2-choice';
    choice.tabIndex = 0;
    var chosen = document.createElement('span');
    chosen.className = 'select2-chosen';
    chosen.textContent = selectedText(select);
    var arrow = document.createElement('span');
    arrow.className = 'select2-arrow';
    arrow.setAttribute('role', 'presentation');
    choice.appendChild(chosen);
    choice.appendChild(arrow);
    container.appendChild(choice);
    select.parentNode.insertBefore(container, select);

    choice.addEventListener('mousedown', function (event) {
      event.preventDefault();
      if (openDrop && openDrop.select === select) { closeDrop(); } else { open(select, container); }
    });
    choice.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === ' ') {
        event.preventDefault();
        open(select, container);
      }
    });
    // programmatic changes (select.value = ...; dispatch change) update the shown text too
    select.addEventListener('change', function () { chosen.textContent = selectedText(select); });
  }

  function open(select, container) {
    closeDrop();
    searchSeq += 1;
    var drop = document.createElement('div');
    drop.className = 'select2-drop select2-drop-active';
    var search = document.createElement('div');
    search.className = 'select2-search';
    var searchLabel = document.createElement('label');
    searchLabel.className = 'select2-offscreen';
    searchLabel.htmlFor = 's2id_autogen' + searchSeq + '_search';
    searchLabel.textContent = 'Search';
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'select2-input';
    input.id = 's2id_autogen' + searchSeq + '_search';
    input.autocomplete = 'off';
    search.appendChild(searchLabel);
    search.appendChild(input);
    var results = document.createElement('ul');
    results.className = 'select2-results';
    results.setAttribute('role', 'listbox');
    drop.appendChild(search);
    drop.appendChild(results);
    var box = container.getBoundingClientRect();
    drop.style.left = (box.left + window.scrollX) + 'px';
    drop.style.top = (box.bottom + window.scrollY) + 'px';
    drop.style.width = box.width + 'px';
    document.body.appendChild(drop);
    container.classList.add('select2-dropdown-open', 'select2-container-active');
    openDrop = { select: select, container: container, drop: drop };

    function render() {
      results.innerHTML = '';
      var term = input.value.trim().toLowerCase();
      // a type-ahead (select2's minimumInputLength, as the remote school search) lists nothing until typed
      var minimum = parseInt(select.getAttribute('data-minimum-input-length') || '0', 10);
      if (term.length < minimum) {
        var hint = document.createElement('li');
        hint.className = 'select2-no-results';
        hint.textContent = 'Please enter ' + (minimum - term.length) + ' or more characters';
        results.appendChild(hint);
        return;
      }
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value === '' || option.text.toLowerCase().indexOf(term) < 0) { return; }
        resultSeq += 1;
        var item = document.createElement('li');
        item.className = 'select2-results-dept-0 select2-result select2-result-selectable';
        item.setAttribute('role', 'presentation');
        var label = document.createElement('div');
        label.className = 'select2-result-label';
        label.id = 'select2-result-label-' + resultSeq;
        label.setAttribute('role', 'option');
        label.textContent = option.text;
        item.appendChild(label);
        item.dataset.value = option.value;
        item.addEventListener('mouseenter', function () { highlight(item); });
        // select2 picks on mouseup; only a press that started in the list counts, not the release of
        // the press that opened the drop
        item.addEventListener('mouseup', function () {
          if (pressedInList) { choose(item.dataset.value); }
        });
        results.appendChild(item);
      });
      if (!results.firstChild) {
        var none = document.createElement('li');
        none.className = 'select2-no-results';
        none.textContent = 'No matches found';
        results.appendChild(none);
      } else {
        highlight(results.querySelector('li.select2-result-selectable'));
      }
    }

    function highlight(item) {
      Array.prototype.forEach.call(results.querySelectorAll('.select2-highlighted'), function (other) {
        other.classList.remove('select2-highlighted');
      });
      if (item) { item.classList.add('select2-highlighted'); }
    }

    function choose(value) {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      closeDrop();
      container.querySelector('a.select2-choice').focus();
    }

    var pressedInList = false;
    results.addEventListener('mousedown', function (event) {
      event.preventDefault();
      pressedInList = true;
    });
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (event) {
      var current = results.querySelector('.select2-highlighted');
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var next = current && (event.key === 'ArrowDown' ? current.nextElementSibling : current.previousElementSibling);
        if (next && next.classList.contains('select2-result-selectable')) { highlight(next); }
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (current) { choose(current.dataset.value); }
      } else if (event.key === 'Escape') {
        closeDrop();
      }
    });
    render();
    input.focus({ preventScroll: true });
  }

  document.addEventListener('mousedown', function (event) {
    if (openDrop && !openDrop.drop.contains(event.target) && !openDrop.container.contains(event.target)) {
      closeDrop();
    }
  });

  // a plain select stays as it is (boards that switch the widget off for some questions)
  Array.prototype.forEach.call(form.querySelectorAll('select:not(.native-select)'), enhanceSelect);

  // ---- conditional questions -----------------------------------------------------------------

  function applyConditions() {
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-when-name]'), function (field) {
      // the controller's current values: a select's, or the checked radios and boxes of that name
      var values = Array.prototype.filter.call(form.elements, function (element) {
        return element.name === field.dataset.showWhenName && !element.disabled
          && ((element.type !== 'checkbox' && element.type !== 'radio') || element.checked);
      }).map(function (element) { return element.value; });
      var shown = values.indexOf(field.dataset.showWhenValue) >= 0;
      field.hidden = !shown;
      // hidden questions are not posted
      Array.prototype.forEach.call(field.querySelectorAll('input, select, textarea'), function (control) {
        control.disabled = !shown;
      });
    });
  }
  form.addEventListener('change', applyConditions);
  applyConditions();

  // ---- attachments: the file goes to the S3 stand-in first, the form carries its URL ---------

  Array.prototype.forEach.call(document.querySelectorAll('.attach-or-paste'), function (box) {
    var field = box.dataset.field;
    var uploadForm = document.getElementById('s3_upload_for_' + field);
    var fileInput = uploadForm.querySelector('input[type=file]');
    var chosen = box.querySelector('.chosen');
    var fileName = document.getElementById(field + '_filename');
    var progress = box.querySelector('.progress');
    var pasted = document.getElementById(field + '_text');
    var urlInput = document.getElementById(field + '_url');
    var nameInput = document.getElementById(field + '_url_filename');

    box.querySelector('[data-source=attach]').addEventListener('click', function () { fileInput.click(); });
    box.querySelector('[data-source=paste]').addEventListener('click', function () {
      pasted.hidden = false;
      pasted.disabled = false;
      pasted.focus();
    });
    box.querySelector('button.remove').addEventListener('click', function () {
      urlInput.value = '';
      nameInput.value = '';
      fileInput.value = '';
      chosen.hidden = true;
    });
    fileInput.addEventListener('change', function () {
      if (!fileInput.files.length) { return; }
      progress.hidden = false;
      box.dataset.uploading = 'true';
      fetch(uploadForm.action, { method: 'POST', body: new FormData(uploadForm) })
        .then(function (response) {
          if (!response.ok) { throw new Error('Upload failed (HTTP ' + response.status + ')'); }
          return response.json();
        })
        .then(function (stored) {
          urlInput.value = stored.url;
          nameInput.value = stored.filename;
          fileName.textContent = stored.filename;
          chosen.hidden = false;
        })
        .catch(function (failure) { showMessage(failure.message); })
        .finally(function () {
          progress.hidden = true;
          delete box.dataset.uploading;
        });
    });
  });

  // ---- location autocomplete (jQuery-UI shaped menu) -----------------------------------------

  var locationInput = document.getElementById('job_application_location');
  if (locationInput) {
    var menu = document.createElement('ul');
    menu.className = 'ui-autocomplete ui-front ui-menu ui-widget ui-widget-content';
    menu.setAttribute('role', 'listbox');
    menu.style.display = 'none';
    document.body.appendChild(menu);
    var lookup = 0;
    locationInput.addEventListener('input', function () {
      document.getElementById('job_application_latitude').value = '';
      document.getElementById('job_application_longitude').value = '';
      var term = locationInput.value.trim();
      lookup += 1;
      var mine = lookup;
      if (term.length < 2) { menu.style.display = 'none'; return; }
      fetch(locationInput.dataset.source + '?term=' + encodeURIComponent(term))
        .then(function (response) { return response.json(); })
        .then(function (places) {
          if (mine !== lookup) { return; }
          menu.innerHTML = '';
          places.forEach(function (place) {
            var item = document.createElement('li');
            item.className = 'ui-menu-item';
            var wrapper = document.createElement('div');
            wrapper.className = 'ui-menu-item-wrapper';
            wrapper.setAttribute('role', 'option');
            wrapper.textContent = place.name;
            item.appendChild(wrapper);
            item.addEventListener('mousedown', function (event) { event.preventDefault(); });
            item.addEventListener('click', function () {
              locationInput.value = place.name;
              document.getElementById('job_application_latitude').value = place.latitude;
              document.getElementById('job_application_longitude').value = place.longitude;
              menu.style.display = 'none';
            });
            menu.appendChild(item);
          });
          var box = locationInput.getBoundingClientRect();
          menu.style.left = (box.left + window.scrollX) + 'px';
          menu.style.top = (box.bottom + window.scrollY) + 'px';
          menu.style.width = box.width + 'px';
          menu.style.display = places.length ? 'block' : 'none';
        });
    });
    locationInput.addEventListener('blur', function () { menu.style.display = 'none'; });
  }

  // ---- submit via XHR with the CSRF header ---------------------------------------------------

  var errorBox = document.getElementById('error_message');
  var submit = document.getElementById('submit_app');

  function showMessage(text) {
    errorBox.textContent = text;
    errorBox.hidden = false;
  }

  function clearErrors() {
    errorBox.hidden = true;
    errorBox.textContent = '';
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (field) {
      field.classList.remove('field-error');
    });
    Array.prototype.forEach.call(form.querySelectorAll('span.error-text'), function (text) { text.remove(); });
  }

  function showFieldErrors(errors) {
    Object.keys(errors).forEach(function (name) {
      var control = form.querySelector('[name="' + name + '"]');
      var field = control && control.closest('.field');
      if (!field) { return; }
      field.classList.add('field-error');
      var text = document.createElement('span');
      text.className = 'error error-text';
      text.textContent = errors[name];
      field.appendChild(text);
    });
  }

  // reCAPTCHA v2 (when the board has one): the checkbox above the button, or the invisible widget
  // bound to the button, whose click runs the challenge and whose callback sends the application
  var boundCaptcha = submit.classList.contains('g-recaptcha');

  function captchaResponse() {
    return window.grecaptcha && typeof window.grecaptcha.getResponse === 'function'
      ? (window.grecaptcha.getResponse() || '') : '';
  }

  window.onRecaptchaSolved = function () {
    if (boundCaptcha) { send(); }
  };

  submit.addEventListener('click', function () {
    if (submit.disabled) { return; }
    if (boundCaptcha && !captchaResponse()) {
      // held back: the widget's own click handler shows the challenge
      return;
    }
    send();
  });

  function send() {
    if (submit.disabled) { return; }
    if (document.querySelector('.attach-or-paste[data-uploading]')) {
      showMessage('Please wait for your attachment to finish uploading.');
      return;
    }
    clearErrors();
    submit.disabled = true;
    var token = document.querySelector('meta[name=csrf-token]').content;
    var body = new URLSearchParams(new FormData(form));
    if (window.grecaptcha && !form.querySelector('[name="g-recaptcha-response"]')) {
      // the bound widget's response field sits in its badge, outside the form
      body.append('g-recaptcha-response', captchaResponse());
    }
    fetch(form.action, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'X-CSRF-Token': token,
        'X-Requested-With': 'XMLHttpRequest',
        'Accept': 'application/json'
      },
      body: body.toString()
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('application/json') === 0 ? response.json() : response.text().then(function (text) {
        return { message: text };
      });
      return parsed.then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      if (result.status === 200 && result.body.status === 'success') {
        var application = document.getElementById('application');
        application.innerHTML = '';
        var confirmation = document.createElement('div');
        confirmation.id = 'application_confirmation';
        var heading = document.createElement('h2');
        heading.textContent = 'Thank you for applying.';
        var detail = document.createElement('p');
        detail.textContent = result.body.message;
        confirmation.appendChild(heading);
        confirmation.appendChild(detail);
        application.appendChild(confirmation);
        return;
      }
      submit.disabled = false;
      if (result.body.errors) { showFieldErrors(result.body.errors); }
      showMessage(result.body.message || ('Something went wrong (HTTP ' + result.status + '). Please try again.'));
    }).catch(function () {
      submit.disabled = false;
      showMessage('We could not reach the server. Please try again.');
    });
  }
}());
