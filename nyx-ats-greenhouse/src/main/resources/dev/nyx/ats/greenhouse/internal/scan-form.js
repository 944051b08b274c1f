// Walks a Greenhouse application form (classic boards.greenhouse.io or job-boards.greenhouse.io) and
// describes every question: the API-style key (first_name, question_5009[], gender), label, kind,
// required marker, options and limits. Tags each question's control with data-nyx-gh-key so the
// adapter can find it again by key. Takes the form element; returns a list of plain objects.
form => {
  const doc = form.ownerDocument;
  const EEOC = ['gender', 'hispanic_ethnicity', 'race', 'veteran_status', 'disability_status'];
  const squash = s => (s || '').replace(/[\s\u00a0]+/g, ' ').trim();
  const textOf = el => {
    if (!el) { return ''; }
    const copy = el.cloneNode(true);
    copy.querySelectorAll('input, select, textarea, script, style, .select__input-container, .select__menu, '
      + '.select__value-container, .description, .field-description, .helper-text').forEach(n => n.remove());
    return squash(copy.textContent);
  };
  const clean = s => squash(s).replace(/\s*(\*|\u2731)\s*$/, '').replace(/\s*\((required|optional)\)\s*$/i, '').trim();
  const byId = id => doc.getElementById(id);
  const wrapperOf = el => el.closest('.field, .field-wrapper, .text-input-wrapper, .select, .file-upload, fieldset, '
    + '.application-question, li.application-field') || el.parentElement;

  function labelText(el) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const t = labelledBy.split(/\s+/).map(id => textOf(byId(id))).filter(Boolean).join(' ');
      if (t) { return t; }
    }
    if (el.id) {
      const forLabel = doc.querySelector('label[for="' + CSS.escape(el.id) + '"]');
      if (forLabel && textOf(forLabel)) { return textOf(forLabel); }
    }
    const wrapping = el.closest('label');
    if (wrapping && textOf(wrapping)) { return textOf(wrapping); }
    if (el.getAttribute('aria-label')) { return squash(el.getAttribute('aria-label')); }
    const wrapper = wrapperOf(el);
    if (wrapper) {
      const own = wrapper.querySelector('legend, label, .label, .field-label');
      if (own && textOf(own)) { return textOf(own); }
    }
    return squash(el.getAttribute('placeholder') || '');
  }

  function keyOf(el) {
    const name = el.getAttribute('name') || '';
    let m = name.match(/^job_application\[answers_attributes\]\[(\d+)\]/);
    if (m) {
      const idInput = form.querySelector('input[name="job_application[answers_attributes][' + m[1] + '][question_id]"]');
      const base = idInput && idInput.value ? 'question_' + idInput.value : 'answers_attributes_' + m[1];
      return name.includes('[]') ? base + '[]' : base;
    }
    m = name.match(/^job_application\[([^\]]+)\]$/);
    if (m) { return m[1]; }
    if (el.type === 'checkbox' || el.type === 'radio') { return name || el.id; }
    if (el.id === 'candidate-location' || el.id === 'job_application_location') { return 'location'; }
    const shell = el.closest('[data-name]');
    if (el.getAttribute('role') === 'combobox' && !el.id && shell) { return shell.getAttribute('data-name'); }
    return el.id || name;
  }

  const isHidden = el => !!el.closest('[hidden]') || (el.closest('.field, .field-wrapper') || el).style.display === 'none';
  const requiredBy = (el, rawLabel) => el.required || el.getAttribute('aria-required') === 'true'
    || /(\*|\u2731)\s*$/.test(rawLabel) || /\(required\)\s*$/i.test(rawLabel);
  const sectionOf = (el, key) => (EEOC.includes(key) || el.closest('#eeoc_fields, .eeoc__container, [class*="eeoc"], [id*="eeoc"]'))
    ? 'EEOC' : (el.closest('#demographic_questions, .demographic-questions') ? 'Demographics' : null);

  // --- group questions: the group's label, never its first option's --------------------------
  const commonAncestor = els => {
    let node = els[0].parentElement;
    while (node && node !== form && !els.every(e => node.contains(e))) { node = node.parentElement; }
    return node || form;
  };
  const isOptionLabel = (candidate, group) => group.some(box => candidate.contains(box)
    || (box.id && candidate.getAttribute('for') === box.id));
  const LABELISH = 'legend, label, .label, .field-label, [class*="label"], [class*="question"], h1, h2, h3, h4, h5, h6, p, span, div';
  // the label of a checkbox or radio group: role=group/radiogroup's aria-labelledby or aria-label, the
  // fieldset's legend, else the first label-like text of the group's question block that is not an
  // option's own label, else the text right above the list (a label above a list)
  function groupLabel(el, group, container) {
    const aria = el.closest('[role="group"], [role="radiogroup"]');
    if (aria && aria.contains(container) || aria === container) {
      const by = aria.getAttribute('aria-labelledby');
      const text = by ? by.split(/\s+/).map(id => textOf(byId(id))).filter(Boolean).join(' ') : squash(aria.getAttribute('aria-label'));
      if (text) { return text; }
    }
    const fieldset = container.closest('fieldset');
    if (fieldset) {
      const legend = Array.from(fieldset.children).find(c => c.tagName === 'LEGEND');
      if (legend && textOf(legend)) { return textOf(legend); }
    }
    const block = container.closest('.field, .field-wrapper, .text-input-wrapper, .application-question, li.application-field')
      || container;
    for (const candidate of block.querySelectorAll(LABELISH)) {
      if (candidate.querySelector('input, select, textarea') || isOptionLabel(candidate, group)) { continue; }
      if (group.some(box => candidate.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_PRECEDING)) { break; }
      const text = textOf(candidate);
      if (text) { return text; }
    }
    for (let node = container; node && node !== form; node = node.parentElement) {
      for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (prev.querySelector('input, select, textarea') || prev.matches('input, select, textarea')) { return ''; }
        const text = textOf(prev);
        if (text) { return text; }
      }
    }
    return '';
  }

  // --- uploads: the question's label, never the button's text ("Attach") ----------------------
  const BUTTON_WORDS = /^(attach|upload|browse|choose( a)? files?|select( a)? files?|dropbox|google drive|enter manually|or enter manually|paste)$/i;
  function uploadLabel(el) {
    const block = el.closest('.file-upload, .attach-or-paste, .field, .field-wrapper, .application-question') || el.parentElement;
    const by = el.getAttribute('aria-labelledby');
    const candidates = [];
    if (by) { by.split(/\s+/).forEach(id => candidates.push(byId(id))); }
    candidates.push(...block.querySelectorAll('legend, label, .label, .field-label, [id^="upload-label"]'));
    const outer = block.closest('.field, .field-wrapper');
    if (outer && outer !== block) { candidates.push(...outer.querySelectorAll('legend, label, .label')); }
    for (const candidate of candidates) {
      if (!candidate || candidate.closest('button, [role="button"]') || /\b(btn|button)\b/.test(String(candidate.className))) { continue; }
      const text = textOf(candidate);
      if (text && !BUTTON_WORDS.test(clean(text))) { return text; }
    }
    return '';
  }

  // --- fields that are never questions -------------------------------------------------------
  // CAPTCHA response fields, CSRF and tracking tokens, honeypots (named so, or pushed off the page)
  const SYSTEM_NAME = /(^|[-_\[])(g-recaptcha-response|h-captcha-response|cf-turnstile-response|recaptcha|captcha|authenticity_token|csrf|xsrf|utf8|gh_src|utm_[a-z]+|gclid|fbclid|honeypot|hp_[a-z_]*)([-_\]]|$)/i;
  const isSystem = el => {
    const names = [el.getAttribute('name'), el.id, el.className && String(el.className)].filter(Boolean).join(' ');
    if (SYSTEM_NAME.test(names) || el.closest('.g-recaptcha, .h-captcha, .cf-turnstile, [class*="honeypot"], [id*="honeypot"]')) {
      return true;
    }
    if (el.tagName === 'SELECT' && (el.classList.contains('select2-offscreen') || byId('s2id_' + el.id))) { return false; }
    const style = doc.defaultView.getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // a honeypot is kept out of sight by position, not by display (a bot would skip display:none)
    return style.display !== 'none' && (box.right < -500 || box.bottom < -500)
      && el.getAttribute('type') !== 'file';
  };
  // not rendered: [hidden], display:none or visibility:hidden on the control or an ancestor in the form
  const notShown = el => {
    for (let e = el; e && e !== form.parentElement; e = e.parentElement) {
      if (e.hidden) { return e; }
      const style = doc.defaultView.getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') { return e; }
    }
    return null;
  };
  // a control not shown is a conditional follow-up (listed; the filler waits for it) only when its
  // question block is what is hidden: the hidden element is the control's own question wrapper (or a
  // conditional block around it) and is not a later step of the form (a step / verification-code
  // container, one-character code boxes, an input without a question label of its own)
  const STEP = '[class*="step"], [id*="step"], [data-step], [class*="security"], [id*="security"], '
    + '[class*="verification"], [id*="verification"], [class*="code-input"], [aria-hidden="true"]';
  const isLaterStep = (el, hiddenBlock) => {
    if (el.maxLength === 1 || /security|verification/i.test((el.id || '') + ' ' + (el.getAttribute('name') || ''))) {
      return true;
    }
    if (hiddenBlock.matches(STEP) || hiddenBlock.closest(STEP)) { return true; }
    // a whole hidden section with many controls is a step, not one question's follow-up
    return hiddenBlock.querySelectorAll('input:not([type="hidden"]), select, textarea').length > 4
      && !hiddenBlock.matches('.field, .field-wrapper, .text-input-wrapper, .select, fieldset, .application-question');
  };
  const skipUnshown = el => {
    const block = notShown(el);
    if (!block) { return false; }
    if (isLaterStep(el, block)) { return true; }
    return !labelText(el);
  };

  const questions = [];
  const byKey = new Map();
  const add = (q, tagged) => {
    if (!q.key || byKey.has(q.key)) { return; }
    byKey.set(q.key, q);
    questions.push(q);
    tagged.setAttribute('data-nyx-gh-key', q.key);
  };

  const controls = form.querySelectorAll('input, select, textarea, [role="combobox"], .attach-or-paste');
  for (const el of controls) {
    if (el.closest('.select2-container, .select2-drop, [data-nyx-gh-skip]')) { continue; }
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (tag === 'input' && ['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) { continue; }
    if (isSystem(el) || (!el.classList.contains('attach-or-paste') && type !== 'file' && skipUnshown(el))) { continue; }
    if (el.classList.contains('attach-or-paste')) {
      const key = el.getAttribute('data-field') || (el.id || '').replace(/_upload$/, '');
      const raw = uploadLabel(el) || labelText(el) || textOf((el.closest('.field') || el).querySelector('label'));
      add({ key, label: clean(raw), kind: 'FILE', control: 'attach-or-paste', required: !isHidden(el) && requiredBy(el, raw),
            options: [], maxLength: null, section: sectionOf(el, key), hidden: isHidden(el) }, el);
      continue;
    }
    // text fields that belong to an upload ("paste your resume") are part of the file question
    if (el.closest('.attach-or-paste, .file-upload') && type !== 'file') { continue; }
    if (type === 'file' && el.closest('.attach-or-paste')) { continue; }
    const key = keyOf(el);
    if (!key) { continue; }
    if (type === 'checkbox' || type === 'radio') {
      if (byKey.has(key)) { continue; }
      const group = Array.from(form.querySelectorAll('input[type="' + type + '"]'))
        .filter(other => keyOf(other) === key);
      const container = commonAncestor(group);
      const options = group.map(box => {
        const own = (box.id && doc.querySelector('label[for="' + CSS.escape(box.id) + '"]')) || box.closest('label');
        return { value: box.value, label: clean(textOf(own) || box.value) };
      });
      const raw = groupLabel(el, group, container) || labelText(el);
      const required = !isHidden(el) && (requiredBy(el, raw)
        || !!container.closest('[aria-required="true"]') && container.closest('[aria-required="true"]').contains(el));
      const kind = type === 'radio' ? 'SINGLE_SELECT' : (group.length === 1 ? 'CHECKBOX' : 'MULTI_SELECT');
      add({ key, label: clean(raw), kind, control: type + '-group', required, options, maxLength: null,
            section: sectionOf(el, key), hidden: isHidden(el) }, container || el);
      continue;
    }
    const raw = type === 'file' ? (uploadLabel(el) || labelText(el)) : labelText(el);
    const hidden = isHidden(el);
    const base = { key, label: clean(raw), required: !hidden && requiredBy(el, raw), section: sectionOf(el, key), hidden,
                   maxLength: el.maxLength > 0 && el.maxLength < 1000000 ? el.maxLength : null, options: [] };
    if (tag === 'select') {
      base.options = Array.from(el.options).filter(o => o.value !== '')
        .map(o => ({ value: o.value, label: squash(o.textContent) }));
      base.kind = el.multiple ? 'MULTI_SELECT' : 'SINGLE_SELECT';
      base.control = el.classList.contains('select2-offscreen') || byId('s2id_' + el.id) ? 'select2' : 'select';
    } else if (el.getAttribute('role') === 'combobox') {
      const multi = !!el.closest('.select__value-container--is-multi') || key.endsWith('[]')
        || (el.closest('[data-multi]') && el.closest('[data-multi]').getAttribute('data-multi') === 'true');
      base.kind = key === 'location' ? 'SHORT_TEXT' : (multi ? 'MULTI_SELECT' : 'SINGLE_SELECT');
      base.control = 'combobox';
      base.listbox = el.getAttribute('aria-controls') || ('react-select-' + el.id + '-listbox');
    } else if (tag === 'textarea') {
      base.kind = 'LONG_TEXT';
      base.control = 'textarea';
    } else if (type === 'file') {
      base.kind = 'FILE';
      base.control = 'file';
      base.maxLength = null;
    } else {
      base.kind = type === 'number' ? 'NUMBER' : (type === 'date' ? 'DATE' : 'SHORT_TEXT');
      base.control = 'input';
    }
    add(base, el);
  }
  return questions;
}
