/* The Lever replica's apply page behaviour: the resume upload with its parse and pre-fill, the location
   type-ahead that sets the hidden selectedLocation, and the submit button that runs the invisible hCaptcha
   (when the page has one) whose callback submits through the hidden #hcaptchaSubmitBtn. */
(function () {
  var form = document.getElementById('application-form');
  if (!form) { return; }
  var base = form.getAttribute('data-site-url');

  var resume = document.getElementById('resume-upload-input');
  function status(which) {
    ['working', 'success', 'failure'].forEach(function (kind) {
      var element = form.querySelector('.resume-upload-' + kind);
      if (element) { element.hidden = kind !== which; }
    });
  }
  if (resume) {
    resume.addEventListener('change', function () {
      if (!resume.files.length) { return; }
      status('working');
      var data = new FormData();
      data.append('resume', resume.files[0]);
      fetch(base + '/parseResume', { method: 'POST', body: data }).then(function (response) {
        return response.json();
      }).then(function (parsed) {
        setTimeout(function () {
          form.querySelector('[name=resumeStorageId]').value = parsed.storageId || '';
          ['name', 'email', 'phone', 'org'].forEach(function (key) {
            var input = form.querySelector('[name="' + key + '"]');
            if (input && parsed[key]) {
              input.value = parsed[key];
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }
          });
          form.querySelector('.filename').textContent = resume.files[0].name;
          status('success');
        }, 200);
      }).catch(function () { status('failure'); });
    });
  }

  var place = document.getElementById('location-input');
  if (place) {
    var list = document.getElementById('location-results');
    var box = list.parentElement;
    var chosen = form.querySelector('[name=selectedLocation]');
    var ticket = 0;
    var choose = function (found) {
      place.value = found.name;
      chosen.value = JSON.stringify(found);
      box.hidden = true;
      place.setAttribute('aria-expanded', 'false');
    };
    place.addEventListener('input', function () {
      chosen.value = '';
      var text = place.value.trim();
      var mine = ++ticket;
      if (text.length < 2) { box.hidden = true; place.setAttribute('aria-expanded', 'false'); return; }
      fetch(base + '/searchLocations?text=' + encodeURIComponent(text)).then(function (response) {
        return response.json();
      }).then(function (places) {
        if (mine !== ticket) { return; }
        list.innerHTML = '';
        places.forEach(function (found, index) {
          var option = document.createElement('div');
          option.className = 'dropdown-location-result';
          option.setAttribute('role', 'option');
          option.id = 'location-option-' + index;
          option.textContent = found.name;
          option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(found); });
          option.addEventListener('click', function () { choose(found); });
          list.appendChild(option);
        });
        box.hidden = places.length === 0;
        place.setAttribute('aria-expanded', places.length ? 'true' : 'false');
      });
    });
  }

  var button = document.getElementById('btn-submit');
  var send = document.getElementById('hcaptchaSubmitBtn');
  window.onHcaptchaSubmit = function () { form.requestSubmit(send); };
  button.addEventListener('click', function () {
    if (!form.reportValidity()) { return; }
    if (document.getElementById('h-captcha') && window.hcaptcha) {
      window.hcaptcha.execute();
      return;
    }
    form.requestSubmit(send);
  });
})();
