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
    if (el.classList.contains('attach-or-paste')) {
      const key = el.getAttribute('data-field') || (el.id || '').replace(/_upload$/, '');
      const raw = labelText(el) || textOf((el.closest('.field') || el).querySelector('label'));
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
      const container = el.closest('fieldset') || wrapperOf(el);
      const legend = container && container.querySelector('legend, .label, .field-label');
      const options = group.map(box => {
        const own = (box.id && doc.querySelector('label[for="' + CSS.escape(box.id) + '"]')) || box.closest('label');
        return { value: box.value, label: clean(textOf(own) || box.value) };
      });
      const raw = legend ? textOf(legend) : labelText(el);
      const required = !isHidden(el) && (requiredBy(el, raw) || (container && container.getAttribute('aria-required') === 'true'));
      const kind = type === 'radio' ? 'SINGLE_SELECT' : (group.length === 1 ? 'CHECKBOX' : 'MULTI_SELECT');
      add({ key, label: clean(raw), kind, control: type + '-group', required, options, maxLength: null,
            section: sectionOf(el, key), hidden: isHidden(el) }, container || el);
      continue;
    }
    const raw = labelText(el);
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
