// New Greenhouse job board behaviour for the Nyx replica: react-select-like comboboxes, file
// attachments, and conditional questions. The form itself posts natively (multipart).
(function () {
  'use strict';

  var form = document.getElementById('application-form');
  if (!form) { return; }

  // ---- react-select-like combobox ------------------------------------------------------------

  function Combobox(shell) {
    var self = this;
    this.shell = shell;
    this.name = shell.dataset.name;
    this.multi = shell.dataset.multi === 'true';
    this.geo = shell.dataset.geo === 'true';
    // an async select (the location and school searches) lists options only once something is typed
    this.async = shell.dataset.async === 'true';
    this.options = JSON.parse(shell.dataset.options);
    this.input = shell.querySelector('input.select__input');
    this.id = this.input.id;
    this.control = shell.querySelector('.select__control');
    this.valueContainer = shell.querySelector('.select__value-container');
    this.placeholder = shell.querySelector('.select__placeholder');
    this.hiddenValues = shell.querySelector('.select__hidden-values');
    this.chosen = [];
    this.menu = null;
    this.focused = 0;

    this.control.addEventListener('mousedown', function (event) {
      if (event.target.closest('.select__multi-value__remove')) { return; }
      event.preventDefault();
      self.input.focus();
      if (self.menu) { self.close(); } else { self.open(); }
    });
    this.input.addEventListener('input', function () {
      self.placeholder.hidden = true;
      var single = self.valueContainer.querySelector('.select__single-value');
      if (single) { single.hidden = self.input.value !== ''; }
      self.open();
    });
    this.input.addEventListener('keydown', function (event) { self.onKey(event); });
    this.input.addEventListener('blur', function () {
      self.close();
      self.input.value = '';
      self.refresh();
    });
  }

  Combobox.prototype.visibleOptions = function () {
    var term = this.input.value.trim().toLowerCase();
    var chosen = this.chosen;
    if (this.async && term === '') { return []; }
    return this.options.filter(function (option) {
      var taken = chosen.some(function (picked) { return picked.value === option.value; });
      return option.label.toLowerCase().indexOf(term) >= 0 && !taken;
    });
  };

  Combobox.prototype.open = function () {
    var self = this;
    if (!this.menu) {
      this.menu = document.createElement('div');
      this.menu.className = 'select__menu';
      this.list = document.createElement('div');
      this.list.className = 'select__menu-list';
      this.list.setAttribute('role', 'listbox');
      this.list.id = 'react-select-' + this.id + '-listbox';
      if (this.multi) { this.list.setAttribute('aria-multiselectable', 'true'); }
      this.menu.appendChild(this.list);
      // mousedown inside the menu must not blur the input
      this.menu.addEventListener('mousedown', function (event) { event.preventDefault(); });
      this.shell.appendChild(this.menu);
      this.input.setAttribute('aria-expanded', 'true');
      this.input.setAttribute('aria-controls', this.list.id);
      this.focused = 0;
    }
    this.list.innerHTML = '';
    var visible = this.visibleOptions();
    if (this.focused >= visible.length) { this.focused = 0; }
    visible.forEach(function (option, index) {
      var item = document.createElement('div');
      item.className = 'select__option' + (index === self.focused ? ' select__option--is-focused' : '');
      item.id = 'react-select-' + self.id + '-option-' + self.options.indexOf(option);
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(index === self.focused));
      item.tabIndex = -1;
      item.textContent = option.label;
      item.addEventListener('mousemove', function () {
        if (self.focused !== index) { self.focused = index; self.open(); }
      });
      item.addEventListener('click', function () { self.pick(option); });
      self.list.appendChild(item);
    });
    if (!visible.length) {
      var notice = document.createElement('div');
      notice.className = 'select__menu-notice select__menu-notice--no-options';
      notice.textContent = this.async && this.input.value.trim() === '' ? 'Start typing to search' : 'No options';
      this.list.appendChild(notice);
    }
    var active = this.list.querySelector('.select__option--is-focused');
    if (active) { this.input.setAttribute('aria-activedescendant', active.id); }
  };

  Combobox.prototype.close = function () {
    if (!this.menu) { return; }
    this.menu.remove();
    this.menu = null;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-controls');
    this.input.removeAttribute('aria-activedescendant');
  };

  Combobox.prototype.onKey = function (event) {
    var visible = this.visibleOptions();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.menu) { this.open(); return; }
      var step = event.key === 'ArrowDown' ? 1 : -1;
      this.focused = (this.focused + step + visible.length) % Math.max(visible.length, 1);
      this.open();
    } else if (event.key === 'Enter') {
      if (this.menu && visible[this.focused]) {
        event.preventDefault();
        this.pick(visible[this.focused]);
      }
    } else if (event.key === 'Escape') {
      this.close();
    } else if (event.key === 'Backspace' && this.input.value === '' && this.multi && this.chosen.length) {
      this.remove(this.chosen[this.chosen.length - 1]);
    }
  };

  Combobox.prototype.pick = function (option) {
    this.chosen = this.multi ? this.chosen.concat([option]) : [option];
    this.input.value = '';
    this.close();
    this.refresh();
    this.sync();
  };

  Combobox.prototype.remove = function (option) {
    this.chosen = this.chosen.filter(function (picked) { return picked.value !== option.value; });
    this.refresh();
    this.sync();
  };

  // shows the chosen value(s) the way react-select does
  Combobox.prototype.refresh = function () {
    var self = this;
    Array.prototype.forEach.call(this.valueContainer.querySelectorAll('.select__single-value, .select__multi-value'),
      function (shown) { shown.remove(); });
    var inputContainer = this.valueContainer.querySelector('.select__input-container');
    this.placeholder.hidden = this.chosen.length > 0 || this.input.value !== '';
    this.chosen.forEach(function (option) {
      if (!self.multi) {
        var single = document.createElement('div');
        single.className = 'select__single-value';
        single.textContent = option.label;
        single.hidden = self.input.value !== '';
        self.valueContainer.insertBefore(single, inputContainer);
        return;
      }
      var chip = document.createElement('div');
      chip.className = 'select__multi-value';
      var label = document.createElement('div');
      label.className = 'select__multi-value__label';
      label.textContent = option.label;
      var remove = document.createElement('div');
      remove.className = 'select__multi-value__remove';
      remove.setAttribute('role', 'button');
      remove.setAttribute('aria-label', 'Remove ' + option.label);
      remove.textContent = '\u00d7';
      remove.addEventListener('mousedown', function (event) { event.preventDefault(); });
      remove.addEventListener('click', function () { self.remove(option); });
      chip.appendChild(label);
      chip.appendChild(remove);
      self.valueContainer.insertBefore(chip, inputContainer);
    });
  };

  // writes the chosen value(s) into hidden inputs so the native POST carries them
  Combobox.prototype.sync = function () {
    var self = this;
    this.hiddenValues.innerHTML = '';
    var values = this.chosen.length || this.multi ? this.chosen : [{ value: '' }];
    values.forEach(function (option) {
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = self.name;
      hidden.value = option.value;
      self.hiddenValues.appendChild(hidden);
    });
    if (this.geo) {
      var place = this.chosen[0] || {};
      document.getElementById('latitude').value = place.latitude || '';
      document.getElementById('longitude').value = place.longitude || '';
    }
    this.shell.dispatchEvent(new CustomEvent('select-change', { bubbles: true, detail: { name: this.name } }));
  };

  var comboboxes = Array.prototype.map.call(form.querySelectorAll('.select-shell'), function (shell) {
    return new Combobox(shell);
  });

  // ---- conditional questions -----------------------------------------------------------------

  function currentValues(name) {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name === name && !element.disabled
        && ((element.type !== 'checkbox' && element.type !== 'radio') || element.checked);
    }).map(function (element) { return element.value; });
  }

  function applyConditions() {
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-when-name]'), function (field) {
      var shown = currentValues(field.dataset.showWhenName).indexOf(field.dataset.showWhenValue) >= 0;
      field.hidden = !shown;
      Array.prototype.forEach.call(field.querySelectorAll('input, select, textarea'), function (control) {
        control.disabled = !shown;
      });
    });
  }
  form.addEventListener('select-change', applyConditions);
  form.addEventListener('change', applyConditions);
  applyConditions();

  // ---- attachments ---------------------------------------------------------------------------

  Array.prototype.forEach.call(form.querySelectorAll('.file-upload'), function (upload) {
    var input = upload.querySelector('input[type=file]');
    var text = upload.querySelector('textarea');
    var fileName = upload.querySelector('.file-upload__filename');
    var removeButton = upload.querySelector('button[aria-label="Remove file"]');
    var wasRequired = input.required;
    upload.querySelector('[data-action=attach]').addEventListener('click', function () { input.click(); });
    upload.querySelector('[data-action=manual]').addEventListener('click', function () {
      text.hidden = false;
      text.disabled = false;
      text.required = wasRequired;
      input.required = false;
      text.focus();
    });
    input.addEventListener('change', function () {
      var file = input.files[0];
      fileName.textContent = file ? file.name : '';
      fileName.hidden = !file;
      removeButton.hidden = !file;
    });
    removeButton.addEventListener('click', function () {
      input.value = '';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  });

  // reCAPTCHA v2 bound to the submit button (when the board has one): the click runs the challenge,
  // the callback puts the token into the form and submits it
  window.onRecaptchaSolved = function (token) {
    var button = form.querySelector('button[type=submit]');
    if (!button.classList.contains('g-recaptcha')) { return; }
    var field = form.querySelector('input[name="g-recaptcha-response"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'g-recaptcha-response';
      form.appendChild(field);
    }
    field.value = token;
    form.requestSubmit();
  };

  // a form posted twice would apply twice: lock the button once the browser accepts the submit
  form.addEventListener('submit', function () {
    form.querySelector('button[type=submit]').disabled = true;
    comboboxes.forEach(function (box) { box.close(); });
  });
}());
