// Browser-side helpers for dev.nyx.spi.support. Every entry point is called as fn(root, arg) by
// Scripts.java; root is the element the search is scoped to (or the control being worked on).
const WRAPPERS = 'div.field, li.application-question, [data-test-form-element], .fb-dash-form-element, '
    + '.jobs-easy-apply-form-element, [data-automation-id^="formField-"], .text-input-wrapper, .form-group, '
    + '.form-field, .field-wrapper, .file-upload, .attach-or-paste';
const WRAPPER_LABELS = 'legend, .application-label, [data-automation-id="formLabel"], label, .label, '
    + '[data-test-form-builder-radio-button-form-component__title], [class*="form-element__label"]';
const CONTROLS = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role=combobox], '
    + '[role=textbox], [role=checkbox], [role=radio], [role=switch], button[aria-haspopup=listbox], '
    + '[role=button][aria-haspopup=listbox]';
const CHECKABLE = 'input[type=radio], input[type=checkbox], [role=radio], [role=checkbox], [role=switch]';
const SKIPPED_INPUT_TYPES = ['hidden', 'submit', 'button', 'reset', 'image'];
const UPLOAD_WORDS = /\b(attach|upload|choose files?|select files?|browse)\b/i;
const SUGGESTIONS = [
  '.select2-drop-active li.select2-result-selectable',
  '.select2-container--open li.select2-results__option',
  'ul.ui-autocomplete li.ui-menu-item',
  '.basic-typeahead__triggered-content .basic-typeahead__selectable',
  'auto-complete[open] [role=option]',
  'auto-complete[open] li',
  '[data-automation-widget=wd-popup] [role=option]',
  '[data-automation-widget=wd-popup] [data-automation-id=promptOption]',
  '.pac-container .pac-item',
  '[role=listbox] [role=option]',
  '[role=option]'
];
const CHOSEN_FILE = '#resume_filename, #cover_letter_filename, [id*="filename" i], [class*="filename" i], '
    + '[data-automation-id="file-upload-item-name"], [data-automation-id="file-upload-item"], '
    + '.resume-upload-success, [class*="chosen" i]';

function clean(text) { return (text || '').replace(/[\s\u00a0]+/g, ' ').trim(); }

function textOf(el) {
  if (!el) return '';
  const copy = el.cloneNode(true);
  copy.querySelectorAll('select, option, textarea, input, script, style, [role=listbox], .select2-container')
      .forEach(node => node.remove());
  return clean(copy.textContent);
}

function visible(el) {
  if (!el || !el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && parseFloat(style.opacity || '1') > 0;
}

function byIds(ids) {
  return clean((ids || '').split(/\s+/).filter(Boolean)
      .map(id => textOf(document.getElementById(id))).join(' '));
}

function labelElements(el) {
  if (el.labels) return Array.from(el.labels);
  return el.id ? Array.from(document.querySelectorAll('label[for="' + CSS.escape(el.id) + '"]')) : [];
}

function ownLabels(el) {
  const out = [];
  const add = (text, rank) => { text = clean(text); if (text) out.push({text, rank}); };
  add(byIds(el.getAttribute('aria-labelledby')), 0);
  labelElements(el).forEach(label => add(textOf(label), 0));
  add(el.getAttribute('aria-label'), 0);
  add(el.getAttribute('placeholder'), 2);
  add(el.getAttribute('title'), 2);
  return out;
}

function isCheckable(el) { return !!el && el.matches(CHECKABLE); }

function isChecked(el) {
  if (el.matches('input')) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

function labelOfWrapper(wrapper, el) {
  for (const candidate of wrapper.querySelectorAll(WRAPPER_LABELS)) {
    if (candidate.querySelector(CHECKABLE)) continue; // an option's own label
    const target = candidate.htmlFor ? document.getElementById(candidate.htmlFor) : null;
    if (isCheckable(target)) continue;
    // another control's own label (a file input's label still names its upload button)
    if (target && el && target !== el && !target.matches('input[type=file]')) continue;
    if (candidate.closest('[role=listbox], .select2-drop')) continue;
    const text = textOf(candidate);
    if (text) return text;
  }
  return '';
}

function contextLabels(el, asGroup) {
  const out = [];
  const add = text => { text = clean(text); if (text && !out.some(o => o.text === text)) out.push({text, rank: 1}); };
  if (asGroup) {
    const fieldset = el.closest('fieldset');
    if (fieldset) {
      const legend = Array.from(fieldset.children).find(child => child.tagName === 'LEGEND');
      if (legend) add(textOf(legend));
      add(byIds(fieldset.getAttribute('aria-labelledby')));
      add(fieldset.getAttribute('aria-label'));
    }
    const group = el.closest('[role=radiogroup], [role=group]');
    if (group) {
      add(byIds(group.getAttribute('aria-labelledby')));
      add(group.getAttribute('aria-label'));
    }
  }
  // nested wrappers (Greenhouse div.attach-or-paste inside div.field): the nearest one with a label
  let wrapper = el.closest(WRAPPERS);
  for (let depth = 0; wrapper && depth < 2; depth++) {
    const text = labelOfWrapper(wrapper, el);
    if (text) { add(text); break; }
    wrapper = wrapper.parentElement ? wrapper.parentElement.closest(WRAPPERS) : null;
  }
  return out;
}

function memberLabels(el) {
  const out = ownLabels(el).filter(label => label.rank === 0);
  if (!out.length && !el.matches('input')) {
    const text = textOf(el);
    if (text) out.push({text, rank: 0});
  }
  if (!out.length && el.parentElement && el.parentElement.querySelectorAll(CHECKABLE).length === 1) {
    const text = textOf(el.parentElement);
    if (text) out.push({text, rank: 0});
  }
  return out;
}

function memberText(el) {
  const labels = memberLabels(el);
  return labels.length ? labels[0].text : '';
}

function select2ContainerOf(select) {
  if (select.id) {
    const container = document.getElementById('s2id_' + select.id);
    if (container) return container;
  }
  for (const sibling of [select.previousElementSibling, select.nextElementSibling]) {
    if (sibling && sibling.classList.contains('select2-container')) return sibling;
  }
  return null;
}

function kindOf(el) {
  const tag = el.tagName;
  if (tag === 'SELECT') return select2ContainerOf(el) ? 'SELECT2' : 'NATIVE_SELECT';
  if (tag === 'TEXTAREA') return 'TEXT_AREA';
  const role = el.getAttribute('role');
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (type === 'checkbox') return 'CHECKBOX';
    if (type === 'radio') return 'RADIO';
    if (type === 'file') return 'FILE';
    return role === 'combobox' ? 'COMBOBOX' : 'TEXT';
  }
  if (role === 'checkbox' || role === 'switch') return 'CHECKBOX';
  if (role === 'radio') return 'RADIO';
  if (el.getAttribute('aria-haspopup') === 'listbox' && (tag === 'BUTTON' || role === 'button')) return 'LISTBOX_BUTTON';
  if (role === 'combobox') return 'COMBOBOX';
  if (el.isContentEditable || role === 'textbox') return 'RICH_TEXT';
  return null;
}

function skipped(el) {
  if (el.closest('.select2-container, .select2-drop, [data-automation-id=beecatcher]')) return true;
  if (el.matches('input')) {
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (SKIPPED_INPUT_TYPES.includes(type)) return true;
    // hidden "required" proxies of custom widgets, not controls a person fills
    if (el.getAttribute('aria-hidden') === 'true' && !['checkbox', 'radio', 'file'].includes(type)) return true;
  }
  if (el.matches('[role=combobox]:not(input)') && el.querySelector('input, textarea, [role=textbox]')) return true;
  if (!el.matches('input, textarea') && el.parentElement
      && el.parentElement.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  return false;
}

function groupContainer(member) {
  const explicit = member.closest('fieldset, [role=radiogroup], [role=group], ' + WRAPPERS);
  if (explicit) return explicit;
  if (member.name) {
    const scope = member.form || document;
    const same = Array.from(scope.querySelectorAll('input[name="' + CSS.escape(member.name) + '"]'));
    let node = member.parentElement;
    while (node && !same.every(other => node.contains(other))) node = node.parentElement;
    return node;
  }
  return null;
}

function nextToken() {
  window.__nyxSequence = (window.__nyxSequence || 0) + 1;
  return 'n' + window.__nyxSequence;
}

function mark(el, attribute) {
  const token = nextToken();
  el.setAttribute(attribute, token);
  return token;
}

// A field keeps its token across scans, so fields found by an earlier scan stay addressable; a token
// seen twice (a page cloned a marked element) gets a fresh one.
function fieldToken(el, seen) {
  const earlier = el.getAttribute('data-nyx-field');
  const token = earlier && !seen.has(earlier) ? earlier : mark(el, 'data-nyx-field');
  seen.add(token);
  return token;
}

function scan(root, arg) {
  const withValues = !!(arg && arg.values);
  const seen = new Set();
  const fields = [];
  const groups = new Map();
  for (const el of root.querySelectorAll(CONTROLS)) {
    if (skipped(el)) continue;
    const kind = kindOf(el);
    if (!kind) continue;
    if (kind === 'CHECKBOX' || kind === 'RADIO') {
      const container = groupContainer(el);
      if (container && root.contains(container)) {
        if (!groups.has(container)) groups.set(container, []);
        groups.get(container).push(el);
      }
      const shown = visible(el) || labelElements(el).some(visible);
      fields.push({token: fieldToken(el, seen), kind, labels: memberLabels(el), visible: shown,
                   multiple: false, member: true, keys: keysOf([el]), shown: withValues ? readBack(el, kind) : null});
      continue;
    }
    fields.push({token: fieldToken(el, seen), kind, labels: ownLabels(el).concat(contextLabels(el, false)),
                 visible: visible(el), multiple: el.multiple === true, member: false, keys: keysOf([el]),
                 shown: withValues ? readBack(el, kind) : null});
  }
  for (const [container, members] of groups) {
    const radios = members.every(m => m.matches('input[type=radio], [role=radio]'));
    const labels = contextLabels(members[0], true);
    if (container.matches('fieldset, [role=radiogroup], [role=group]')) {
      for (const label of contextLabels(container, false)) {
        if (!labels.some(l => l.text === label.text)) labels.push(label);
      }
    }
    const shown = members.some(m => visible(m) || labelElements(m).some(visible));
    const kind = radios ? 'RADIO_GROUP' : 'CHECKBOX_GROUP';
    const names = Array.from(new Set(members.map(m => m.getAttribute('name')).filter(Boolean)));
    const keys = names.concat(keysOf([container]).filter(key => !names.includes(key)));
    fields.push({token: fieldToken(container, seen), kind, labels, visible: shown, multiple: !radios,
                 member: false, keys, shown: withValues ? readBack(container, kind) : null});
  }
  for (const el of root.querySelectorAll('button, a, [role=button]')) {
    if (el.closest('.select2-container, .select2-drop')) continue;
    if (!UPLOAD_WORDS.test(textOf(el) + ' ' + (el.getAttribute('aria-label') || ''))) continue;
    const labels = contextLabels(el, true);
    if (!labels.length) continue;
    fields.push({token: fieldToken(el, seen), kind: 'UPLOAD_BUTTON', labels, visible: visible(el),
                 multiple: false, member: false, keys: [], shown: withValues ? readBack(el, 'UPLOAD_BUTTON') : null});
  }
  return fields;
}

// What a scan's listing depends on apart from the labels, and cheap to compute: every control's field
// token (or none yet), kind and visibility, and how many buttons and links there are (upload buttons).
// A fill that leaves it as it was revealed, hid and added nothing, so the earlier listing still holds.
function scanSignature(root) {
  const parts = [];
  for (const el of root.querySelectorAll(CONTROLS)) {
    if (skipped(el)) continue;
    const kind = kindOf(el);
    if (!kind) continue;
    const shown = kind === 'CHECKBOX' || kind === 'RADIO' ? visible(el) || labelElements(el).some(visible) : visible(el);
    parts.push((el.getAttribute('data-nyx-field') || '?') + kind + (shown ? '+' : '-'));
  }
  for (const el of root.querySelectorAll('button[data-nyx-field], a[data-nyx-field], [role=button][data-nyx-field]')) {
    parts.push(el.getAttribute('data-nyx-field') + (visible(el) ? '+' : '-'));
  }
  parts.push(String(root.querySelectorAll('button, a, [role=button]').length));
  return parts.join(',');
}

// The names and ids that address a control (a group: its members' names, then its own id), for
// finding a question's control by its id when no label fits.
function keysOf(elements) {
  const keys = [];
  for (const el of elements) {
    for (const key of [el.getAttribute('name'), el.id]) {
      if (key && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

function members(group) {
  return Array.from(group.querySelectorAll(CHECKABLE)).filter(m => !skipped(m))
      .map(m => ({token: mark(m, 'data-nyx-member'), text: memberText(m), checked: isChecked(m)}));
}

function nativeOptions(select) {
  return Array.from(select.options).map((option, index) => ({index, value: option.value,
      text: clean(option.textContent), disabled: option.disabled, selected: option.selected}));
}

function setNativeSelect(select, values) {
  for (const option of select.options) option.selected = values.includes(option.value);
  select.dispatchEvent(new Event('input', {bubbles: true}));
  select.dispatchEvent(new Event('change', {bubbles: true}));
  return nativeOptions(select).filter(o => o.selected).map(o => o.value);
}

function markSelect2(select) {
  const container = select2ContainerOf(select);
  return container ? mark(container, 'data-nyx-widget') : null;
}

// select2 opens on mousedown, not on click; the event a person's press would fire
function pressSelect2(container) {
  const opener = container.querySelector('a.select2-choice, .select2-selection, ul.select2-choices');
  if (!opener) return false;
  opener.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true, view: window, button: 0}));
  return true;
}

// The open drop of a select2 widget (v3 appends '.select2-drop-active' to the body, v4 a
// '.select2-container--open' holding '.select2-dropdown'), or null while none is open: whether it
// lists choosable results yet, and its search box (marked) when it has a visible one. A drop that
// only says "Please enter 2 or more characters" (minimumInputLength, remote data) waits for typing.
function select2Drop(container) {
  const drop = Array.from(document.querySelectorAll('.select2-drop-active, .select2-container--open .select2-dropdown'))
      .find(visible);
  if (!drop) return null;
  const results = drop.querySelectorAll('li.select2-result-selectable, li.select2-results__option[role=option], '
      + 'li.select2-results__option[aria-selected]');
  const search = [drop, container].map(node => node.querySelector('input.select2-input, input.select2-search__field'))
      .find(input => input && visible(input));
  return {results: Array.from(results).filter(usableOption).length,
    search: search ? mark(search, 'data-nyx-search') : ''};
}

function optionText(option) {
  const labelled = option.matches('[data-automation-label]') ? option
      : option.querySelector('[data-automation-label]');
  if (labelled) return clean(labelled.getAttribute('data-automation-label'));
  return textOf(option);
}

function usableOption(option) {
  return visible(option) && option.getAttribute('aria-disabled') !== 'true'
      && !option.classList.contains('select2-disabled') && !option.classList.contains('select2-result-unselectable')
      && !option.classList.contains('ui-state-disabled');
}

function popupOptions(control, arg) {
  const ids = [];
  for (const node of new Set([control, control.closest('[role=combobox]')])) {
    if (!node) continue;
    for (const attribute of ['aria-controls', 'aria-owns']) {
      ids.push(...(node.getAttribute(attribute) || '').split(/\s+/).filter(Boolean));
    }
  }
  const autoComplete = control.closest('auto-complete');
  if (autoComplete && autoComplete.getAttribute('for')) ids.push(autoComplete.getAttribute('for'));
  let found = [];
  for (const id of new Set(ids)) {
    const box = document.getElementById(id);
    if (!box) continue;
    const options = box.querySelectorAll('[role=option]');
    found.push(...(options.length ? options : box.querySelectorAll('li')));
  }
  found = Array.from(new Set(found)).filter(usableOption);
  const selectors = (arg && arg.extra ? [arg.extra] : []).concat(SUGGESTIONS);
  for (const selector of selectors) {
    if (found.length) break;
    found = Array.from(document.querySelectorAll(selector)).filter(usableOption);
  }
  keepOptionTokens();
  return found.map(option => ({token: mark(option, 'data-nyx-option'), text: optionText(option)}))
      .filter(option => option.text);
}

// Some menus rebuild their options when the pointer moves onto one (react-select builds that move the
// focus style this way), replacing the node a click is aimed at between the mouse move and the press.
// A rebuilt option (same tag, role and text as a marked one just removed) inherits the removed one's
// token, so the click's own retry finds it at once instead of waiting for a node that is gone.
function keepOptionTokens() {
  if (window.__nyxOptionKeeper) return;
  const kind = el => el.tagName + '|' + (el.getAttribute('role') || '');
  const key = el => kind(el) + '|' + optionText(el);
  window.__nyxOptionKeeper = new MutationObserver(records => {
    const gone = new Map();
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1 || node.isConnected) continue;
        const marked = node.matches('[data-nyx-option]') ? [node] : [];
        marked.push(...node.querySelectorAll('[data-nyx-option]'));
        marked.forEach(el => gone.set(key(el), el.getAttribute('data-nyx-option')));
      }
    }
    if (!gone.size) return;
    const kinds = new Set(Array.from(gone.keys(), known => known.split('|', 2).join('|')));
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || !node.isConnected) continue;
        for (const el of [node, ...node.querySelectorAll('*')]) {
          if (!kinds.has(kind(el)) || el.hasAttribute('data-nyx-option')) continue;
          const token = gone.get(key(el));
          if (token) {
            el.setAttribute('data-nyx-option', token);
            gone.delete(key(el));
          }
        }
      }
    }
  });
  window.__nyxOptionKeeper.observe(document, {childList: true, subtree: true});
}

function chosenFileNames(el) {
  if (el.matches('input[type=file]') && el.files && el.files.length) return Array.from(el.files).map(f => f.name);
  const wrapper = el.closest(WRAPPERS + ', fieldset') || el.parentElement;
  if (!wrapper) return [];
  return Array.from(wrapper.querySelectorAll(CHOSEN_FILE)).filter(visible).map(textOf).filter(Boolean);
}

function comboboxValues(control) {
  const shell = control.closest('[class*="__control"], [class*="-control"], .select-shell, [role=combobox]:not(input)')
      || control.parentElement;
  const chips = shell ? shell.querySelectorAll('[class*="multi-value__label"], [class*="single-value"], '
      + '[class*="singleValue"], [class*="multiValue"] > div:first-child') : [];
  if (chips.length) return Array.from(chips).map(textOf).filter(Boolean);
  if (control.matches('input')) return control.value ? [control.value] : [];
  return [textOf(control)].filter(Boolean);
}

function readBack(el, kind) {
  switch (kind) {
    case 'TEXT': {
      // Workday searchable multiselects show the chosen items as chips beside the search box
      const multi = el.closest('[data-automation-id=multiSelectContainer]');
      if (multi) return {values: Array.from(multi.querySelectorAll('[data-automation-id=selectedItem]')).map(textOf)};
      return {values: [el.value]};
    }
    case 'TEXT_AREA': return {values: [el.value]};
    case 'RICH_TEXT': return {values: [clean(el.innerText)]};
    case 'NATIVE_SELECT': case 'SELECT2':
      return {values: Array.from(el.selectedOptions).filter(o => o.value !== '').map(o => clean(o.textContent))};
    case 'COMBOBOX': return {values: comboboxValues(el)};
    case 'LISTBOX_BUTTON': return {values: [textOf(el)].filter(Boolean)};
    case 'CHECKBOX': case 'RADIO': return {values: [], checked: isChecked(el)};
    case 'RADIO_GROUP': case 'CHECKBOX_GROUP':
      return {values: Array.from(el.querySelectorAll(CHECKABLE)).filter(m => !skipped(m) && isChecked(m)).map(memberText)};
    case 'FILE': case 'UPLOAD_BUTTON': return {values: chosenFileNames(el)};
    default: return {values: []};
  }
}

// Leaves a filled field the way a person does (blur runs the page's validation), then reads it back.
function blurAndRead(el, kind) {
  el.blur();
  return readBack(el, kind);
}

function inputInfo(el) {
  return {maxLength: typeof el.maxLength === 'number' ? el.maxLength : -1,
          type: el.tagName === 'INPUT' ? (el.type || 'text') : '', placeholder: el.getAttribute('placeholder') || ''};
}

function clickTarget(el) {
  if (visible(el)) return mark(el, 'data-nyx-target');
  const label = labelElements(el).find(visible);
  if (label) return mark(label, 'data-nyx-target');
  return mark(el, 'data-nyx-target');
}

// Scrolls an option into view; true when its middle shows the option itself (nothing covers it), so a
// mouse click at that point reaches it, or the same option should the menu rebuild it under the pointer.
function clearPoint(el) {
  el.scrollIntoView({block: 'nearest', inline: 'nearest'});
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (hit === el || el.contains(hit));
}

function domClick(el) { el.click(); return isChecked(el); }

function settle(root, arg) {
  return new Promise(resolve => {
    const start = performance.now();
    let lastChange = start;
    let resources = performance.getEntriesByType('resource').length;
    const observer = new MutationObserver(() => { lastChange = performance.now(); });
    observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true,
        attributeFilter: ['class', 'hidden', 'aria-hidden', 'disabled', 'aria-busy', 'aria-expanded', 'open']});
    const step = Math.max(10, Math.min(50, arg.quietMs));
    const tick = () => {
      const now = performance.now();
      const count = performance.getEntriesByType('resource').length;
      if (count !== resources) { resources = count; lastChange = now; }
      if (now - lastChange >= arg.quietMs) { observer.disconnect(); resolve(true); return; }
      if (now - start >= arg.timeoutMs) { observer.disconnect(); resolve(false); return; }
      setTimeout(tick, step);
    };
    setTimeout(tick, step);
  });
}

function nextChange(root, arg) {
  return new Promise(resolve => {
    const start = performance.now();
    let timer = null;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-expanded', 'open', 'value']});
    timer = setTimeout(() => { observer.disconnect(); resolve(performance.now() - start); }, arg.ms);
  });
}

// ---- the form reader: the questions a person sees, as FormReader turns them into a FormSchema ----

// fields only machines fill: CAPTCHA responses, CSRF tokens, honeypots
const SYSTEM_NAMES = /^(g-recaptcha-response|h-captcha-response|cf-turnstile-response|frc-captcha-solution)$/i;
const CSRF_NAMES = /csrf|xsrf|authenticity_token|requestverificationtoken|^_?token$/i;
const HONEYPOT = /honey ?pot|bot[-_ ]?(field|trap|check)|leave (this|it) (blank|empty)|do not fill|^hp[-_]|[-_]hp$/i;

function systemField(el) {
  const name = el.getAttribute('name') || '';
  const id = el.id || '';
  if (SYSTEM_NAMES.test(name) || SYSTEM_NAMES.test(id) || CSRF_NAMES.test(name)) return true;
  if (el.closest('.g-recaptcha, .h-captcha, .cf-turnstile')) return true;
  const labels = ownLabels(el).map(label => label.text).join(' ');
  return HONEYPOT.test(name) || HONEYPOT.test(id) || HONEYPOT.test(labels);
}

// on the page, not pushed out of it (a honeypot's left: -9999px) and not hidden by an ancestor
function onScreen(el) {
  if (!visible(el) || el.closest('[hidden], [aria-hidden=true], [inert]')) return false;
  const box = el.getBoundingClientRect();
  return box.right + window.scrollX > 0 && box.bottom + window.scrollY > 0;
}

// a control shows when it does, or when what stands for it does: the label of a visually hidden radio
// or select, the select2 widget of a select, the field of a file input hidden behind its button
function controlShown(el, kind) {
  if (onScreen(el)) return true;
  if (el.closest('[hidden], [aria-hidden=true], [inert]')) return false;
  if (kind === 'SELECT2') return onScreen(select2ContainerOf(el));
  if (['CHECKBOX', 'RADIO', 'NATIVE_SELECT', 'FILE'].includes(kind) && labelElements(el).some(onScreen)) return true;
  if (kind !== 'FILE') return false;
  const wrapper = el.closest(WRAPPERS) || el.parentElement;
  return !!wrapper && onScreen(wrapper);
}

function requiredMark(text) { return /(\*|\u2731|\u2217)\s*$|\(\s*required\s*\)\s*$/i.test(text || ''); }

function sectionOf(el, own) {
  for (let set = el.closest('fieldset'); set; set = set.parentElement ? set.parentElement.closest('fieldset') : null) {
    if (set === own) continue;
    const legend = Array.from(set.children).find(child => child.tagName === 'LEGEND');
    if (legend && textOf(legend)) return textOf(legend);
  }
  return '';
}

function bestLabels(labels) {
  for (const rank of [0, 1, 2]) {
    const found = labels.filter(label => label.rank === rank);
    if (found.length) return found;
  }
  return [];
}

function describeControl(el, kind) {
  const labels = bestLabels(ownLabels(el).concat(contextLabels(el, false)));
  const raw = labels.length ? labels[0].text : '';
  const entry = {kind, tag: el.tagName.toLowerCase(), name: el.getAttribute('name') || '', id: el.id || '', label: raw,
      required: el.required === true || el.getAttribute('aria-required') === 'true' || labels.some(l => requiredMark(l.text)),
      maxLength: typeof el.maxLength === 'number' && el.maxLength > 0 && el.maxLength < 524288 ? el.maxLength : -1,
      inputType: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : el.tagName.toLowerCase(),
      multiple: el.multiple === true || el.getAttribute('aria-multiselectable') === 'true',
      options: [], section: sectionOf(el, null)};
  if (el.tagName === 'SELECT') {
    entry.options = Array.from(el.options).filter(o => o.value !== '' && !o.disabled)
        .map(o => ({value: o.value, label: clean(o.textContent)}));
  } else if (kind === 'LISTBOX_BUTTON' || (kind === 'COMBOBOX' && el.tagName !== 'INPUT')) {
    const box = document.getElementById((el.getAttribute('aria-controls') || '').split(/\s+/)[0] || '');
    entry.options = box ? Array.from(box.querySelectorAll('[role=option]')).map(optionText).filter(Boolean)
        .map(text => ({value: text, label: text})) : [];
  }
  return entry;
}

function describeGroup(container, members, radios) {
  const labels = contextLabels(members[0], true);
  if (container.matches('fieldset, [role=radiogroup], [role=group]')) {
    for (const label of contextLabels(container, false)) {
      if (!labels.some(l => l.text === label.text)) labels.push(label);
    }
  }
  const names = Array.from(new Set(members.map(m => m.getAttribute('name')).filter(Boolean)));
  const one = members.length === 1 ? memberLabels(members[0]) : [];
  // a lone checkbox is its own question ("I agree to the terms"), named by its own label when it has one
  const lone = !radios && members.length === 1;
  const chosen = lone && one.length ? one : labels;
  return {kind: radios ? 'RADIO_GROUP' : (lone ? 'CHECKBOX' : 'CHECKBOX_GROUP'), tag: 'group',
      name: names.length === 1 ? names[0] : (container.getAttribute('name') || ''),
      id: lone ? (members[0].id || container.id || '') : (container.id || ''),
      label: chosen.length ? chosen[0].text : '',
      required: members.some(m => m.required === true || m.getAttribute('aria-required') === 'true')
          || container.getAttribute('aria-required') === 'true' || chosen.some(l => requiredMark(l.text)),
      maxLength: -1, inputType: radios ? 'radio' : 'checkbox', multiple: !radios,
      options: lone && one.length ? [] : members.map(m => ({value: m.value && m.value !== 'on' ? m.value : memberText(m),
          label: memberText(m)})),
      section: sectionOf(container, container.matches('fieldset') ? container : null)};
}

function questions(root) {
  const entries = [];
  const groups = new Map();
  for (const el of root.querySelectorAll(CONTROLS)) {
    if (skipped(el) || el.matches(':disabled')) continue;
    const kind = kindOf(el);
    if (!kind || systemField(el) || !controlShown(el, kind)) continue;
    if (kind === 'CHECKBOX' || kind === 'RADIO') {
      // radios group by name; checkboxes by their container
      const container = groupContainer(el) || el;
      const key = kind + '|' + (kind === 'RADIO' ? (el.name || '') : '');
      if (!groups.has(container)) groups.set(container, new Map());
      const byKind = groups.get(container);
      if (!byKind.has(key)) {
        const group = {container, members: [], radios: kind === 'RADIO', node: el};
        byKind.set(key, group);
        entries.push(group);
      }
      byKind.get(key).members.push(el);
      continue;
    }
    entries.push(Object.assign(describeControl(el, kind), {node: el}));
  }
  const out = entries.map(entry => entry.members
      ? Object.assign(describeGroup(entry.container, entry.members, entry.radios), {node: entry.node}) : entry);
  // upload buttons of file fields whose input is elsewhere (a separate upload form)
  const fileLabels = new Set(out.filter(q => q.kind === 'FILE').map(q => q.label));
  for (const el of root.querySelectorAll('button, a, [role=button]')) {
    if (el.closest('.select2-container, .select2-drop') || !onScreen(el)) continue;
    if (!UPLOAD_WORDS.test(textOf(el) + ' ' + (el.getAttribute('aria-label') || ''))) continue;
    const labels = contextLabels(el, true);
    if (!labels.length || fileLabels.has(labels[0].text)) continue;
    fileLabels.add(labels[0].text);
    out.push({kind: 'UPLOAD_BUTTON', tag: el.tagName.toLowerCase(), name: '', id: el.id || '', label: labels[0].text,
        required: requiredMark(labels[0].text), maxLength: -1, inputType: 'file', multiple: false, options: [],
        section: sectionOf(el, null), node: el});
  }
  // page order; the elements themselves stay in the page
  out.sort((a, b) => a.node === b.node ? 0
      : (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  out.forEach(entry => delete entry.node);
  return out;
}

// ---- the submit helper: the browser's own validity check, the outcome after the click ----

const FIELD_WRAPPERS = '.field, .field-wrapper, .form-group, .form-field, fieldset, ' + WRAPPERS;

function withoutMarks(text) {
  return clean(text).replace(/(\s*(\*|\u2731|\u2217|\(\s*required\s*\)))+\s*$/i, '').trim();
}

// the name a person would give a control in a message: its group's label, its own, its field's, its name
function controlName(el) {
  const labels = isCheckable(el) ? contextLabels(el, true) : ownLabels(el).filter(label => label.rank === 0);
  if (labels.length) return withoutMarks(labels[0].text);
  const wrap = el.closest(FIELD_WRAPPERS);
  const label = wrap && wrap.querySelector('legend, label, .label');
  if (label && textOf(label)) return withoutMarks(textOf(label));
  return el.getAttribute('aria-label') || el.getAttribute('name') || el.id || '';
}

// what the browser's constraint validation would refuse the submit click for, as "Field: message"
function invalidFields(form, arg) {
  const button = arg && arg.submit ? form.querySelector(arg.submit) : null;
  if (form.noValidate || (button && button.formNoValidate)) return [];
  const out = [];
  for (const el of form.querySelectorAll(':invalid')) {
    if (['FORM', 'FIELDSET'].includes(el.tagName)) continue;
    const name = controlName(el);
    const line = (name ? name + ': ' : '') + (el.validationMessage || 'is invalid');
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

function errorFieldName(error) {
  if (error.id) {
    const id = CSS.escape(error.id);
    const control = document.querySelector('[aria-describedby~="' + id + '"], [aria-errormessage~="' + id + '"]');
    if (control) return controlName(control);
  }
  const wrap = error.closest(FIELD_WRAPPERS);
  const label = wrap && wrap.querySelector('legend, label, .label');
  return label && !label.contains(error) ? withoutMarks(textOf(label)) : '';
}

// after the submit click: a confirmation the caller described, or the page's own error messages
function submitOutcome(arg) {
  const shown = e => !!e && !e.closest('[hidden]') && e.getClientRects().length > 0
      && (e.innerText || '').trim().length > 0;
  const body = document.body ? document.body.innerText || '' : '';
  const first = Array.from(document.querySelectorAll('h1, h2')).find(shown);
  const heading = clean(first ? first.innerText : '') || clean(document.title);
  let message = '';
  if (arg.confirmSelector) {
    const done = Array.from(document.querySelectorAll(arg.confirmSelector)).find(shown);
    if (done) return {state: 'confirmed', message: clean(done.innerText), heading};
  }
  if (arg.confirmText) {
    const match = body.match(new RegExp(arg.confirmText, 'i'));
    if (match) return {state: 'confirmed', message: clean(match[0]), heading};
  }
  if (arg.confirmUrl && new RegExp(arg.confirmUrl, 'i').test(location.href)) {
    // the confirmation URL can be there before its page has rendered: wait for its text
    if (heading) return {state: 'confirmed', message: heading, heading};
    return {state: '', heading};
  }
  const found = arg.errorSelector ? Array.from(document.querySelectorAll(arg.errorSelector)).filter(shown) : [];
  const errors = [];
  for (const error of found.filter(e => !found.some(other => other !== e && e.contains(other)))) {
    const name = errorFieldName(error);
    const text = clean(error.innerText);
    const line = name && !text.toLowerCase().startsWith(name.toLowerCase()) ? name + ': ' + text : text;
    if (!errors.includes(line)) errors.push(line);
  }
  return errors.length ? {state: 'errors', errors, heading} : {state: '', heading};
}
