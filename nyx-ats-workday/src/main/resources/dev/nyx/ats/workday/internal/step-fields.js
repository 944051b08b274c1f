// Reads the fields of a Workday wizard step from its page container (called with the container as the argument):
// every innermost formField-* wrapper and every control outside one, with kind, label, required marker, id, panel
// and whether it shows a value. Marks each wrapper with data-nyx-wd (its control with data-nyx-wd-control, a radio
// or check-box group with data-nyx-wd-group, date parts with data-nyx-wd-part) so the filler finds it again.
(root) => {
  const PANEL = /^(workExperience|education|websitePanelSet)-(\d+)$/;
  const PANEL_ID = /^((?:workExperience|education)-\d+)--(.+)$/;
  const WRAPPER = '[data-automation-id^="formField-"]';
  window.__nyxWd = window.__nyxWd || 0;
  const shown = el => {
    if (!el || !el.isConnected || el.closest('[hidden],[aria-hidden="true"]')) return false;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    const box = el.getBoundingClientRect();
    if (box.width < 1 && box.height < 1) return false;
    return box.right > -50 && box.bottom > -50 - window.scrollY;
  };
  const honeypot = el => /beecatcher|honeypot/i.test([el.getAttribute('data-automation-id'), el.name, el.id]
      .filter(Boolean).join(' '));
  const text = el => el ? (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim() : '';
  const within = (el, selector) => [...(el.matches(selector) ? [el] : []), ...el.querySelectorAll(selector)];
  const auto = el => el ? (el.getAttribute('data-automation-id') || '') : '';
  const usable = input => !['hidden', 'submit', 'button', 'reset', 'image'].includes((input.type || '').toLowerCase())
      && !honeypot(input) && !input.disabled;
  const boxShown = input => shown(input) || [...(input.labels || [])].some(shown);
  // the units: innermost wrappers, then controls outside any wrapper
  const units = [...root.querySelectorAll(WRAPPER)].filter(w => !w.querySelector(WRAPPER));
  const loose = new Set();
  for (const control of root.querySelectorAll('input, textarea, button[aria-haspopup=listbox]')) {
    if (control.closest(WRAPPER) || honeypot(control)) continue;
    const unit = control.closest('[data-automation-id=multiSelectContainer]')
        || control.closest('[data-automation-id=dateInputWrapper]')
        || (['radio', 'checkbox'].includes(control.type) && control.closest('fieldset,[role=radiogroup],[role=group]'))
        || control;
    loose.add(unit);
  }
  units.push(...loose);
  units.sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  const fields = [];
  for (const unit of units) {
    if (!shown(unit) && !within(unit, 'input[type=file]').length) continue;
    let kind = '', control = null, options = [], parts = [], group = null;
    const multi = within(unit, '[data-automation-id=multiSelectContainer]')[0];
    const listbox = within(unit, 'button[aria-haspopup=listbox]').filter(shown)[0];
    const spins = within(unit, 'input').filter(input => usable(input) && shown(input)
        && (input.getAttribute('role') === 'spinbutton' || /dateSection(Month|Day|Year)/.test(auto(input) + input.id)));
    const radios = within(unit, 'input[type=radio]').filter(input => usable(input) && boxShown(input));
    const boxes = within(unit, 'input[type=checkbox], [role=checkbox]').filter(input => !honeypot(input) && boxShown(input));
    const area = within(unit, 'textarea').filter(input => usable(input) && shown(input))[0];
    const file = within(unit, 'input[type=file]')[0];
    const texts = within(unit, 'input').filter(input => usable(input) && shown(input)
        && !['radio', 'checkbox', 'file'].includes(input.type) && auto(input) !== 'searchBox');
    if (multi && shown(multi)) {
      kind = 'MULTISELECT'; control = multi;
    } else if (listbox) {
      kind = 'DROPDOWN'; control = listbox;
    } else if (spins.length) {
      kind = 'DATE'; control = spins[0];
      for (const spin of spins) {
        const name = ((spin.getAttribute('aria-label') || '') + ' ' + auto(spin) + ' ' + spin.id).match(/Month|Day|Year/i);
        parts.push(name ? name[0][0].toUpperCase() + name[0].slice(1).toLowerCase() : 'Year');
        spin.setAttribute('data-nyx-wd-part', parts[parts.length - 1]);
      }
    } else if (radios.length) {
      kind = 'RADIO'; control = radios[0];
      group = radios[0].closest('fieldset,[role=radiogroup]') || unit;
      options = radios.map(radio => text([...(radio.labels || [])][0]) || radio.getAttribute('aria-label') || radio.value);
    } else if (boxes.length > 1) {
      kind = 'CHECKBOXES'; control = boxes[0];
      group = boxes[0].closest('fieldset,[role=group]') || unit;
      options = boxes.map(box => text([...(box.labels || [])][0]) || box.getAttribute('aria-label') || text(box));
    } else if (boxes.length === 1) {
      kind = 'CHECKBOX'; control = boxes[0];
    } else if (area) {
      kind = 'TEXT_AREA'; control = area;
    } else if (texts.length) {
      kind = 'TEXT'; control = texts[0];
    } else if (file && !honeypot(file)) {
      kind = 'FILE'; control = file;
    } else {
      continue;
    }
    // the label: a legend for groups, the control's own label, the wrapper's label, the aria-label
    const optionLabels = new Set([...within(unit, 'input[type=radio], input[type=checkbox]')]
        .flatMap(input => [...(input.labels || [])]));
    const ownLabels = control.labels ? [...control.labels] : [];
    const wrapperLabel = within(unit, 'label').find(label => !optionLabels.has(label) || kind === 'CHECKBOX');
    const legend = within(group || unit, 'legend')[0];
    const labelled = (control.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
        .map(id => text(document.getElementById(id))).join(' ');
    let aria = control.getAttribute('aria-label') || '';
    if (kind === 'DROPDOWN') {
      aria = aria.replace(/\s*Required$/, '');
      const value = text(control);
      if (value && aria.endsWith(value)) aria = aria.slice(0, -value.length).trim();
    }
    if (kind === 'MULTISELECT') {
      const box = within(multi, '[data-automation-id=searchBox]')[0];
      aria = (box && (box.getAttribute('aria-label') || box.placeholder)) || '';
    }
    const labelElement = (kind === 'RADIO' || kind === 'CHECKBOXES') ? (legend || wrapperLabel)
        : (ownLabels[0] || wrapperLabel || legend);
    let label = text(labelElement) || labelled || aria || control.placeholder || control.title || '';
    const marked = labelElement && (labelElement.querySelector('abbr, [data-automation-id=requiredIndicator]')
        || /\*\s*$/.test(text(labelElement)));
    const required = !!marked || control.required || control.getAttribute('aria-required') === 'true'
        || /\bRequired$/.test(control.getAttribute('aria-label') || '');
    // the id: the control's own, a group's, else the wrapper's suffix
    const wrapperKey = auto(unit).startsWith('formField-') ? auto(unit).slice('formField-'.length) : '';
    // generated ids (legacy "input-12", "1") name nothing: they change with every render
    const clean = value => value && !/^\d+$/.test(value) && !/^[A-Za-z]+-\d+$/.test(value)
        && !/^(searchBox|multiSelectContainer|dateInputWrapper)$/.test(value) ? value : '';
    let id = '';
    if (kind === 'MULTISELECT') {
      const box = within(multi, '[data-automation-id=searchBox]')[0];
      id = clean(box && box.id) || wrapperKey || clean(multi.id);
    } else if (kind === 'RADIO' || kind === 'CHECKBOXES') {
      const names = [...new Set(within(unit, 'input[type=radio], input[type=checkbox]').map(input => input.name).filter(Boolean))];
      id = clean(auto(group)) || (names.length === 1 ? names[0] : '') || wrapperKey || clean(group.id);
    } else if (kind === 'DATE') {
      id = clean((control.id || '').replace(/-?dateSection(Month|Day|Year).*$/, '')) || wrapperKey || clean(auto(unit));
    } else {
      id = clean(control.id) || clean(auto(control)) || clean(control.name) || wrapperKey;
    }
    // the My Experience panel it belongs to
    let panel = '', key = id;
    for (let node = unit; node && node !== root.parentElement; node = node.parentElement) {
      const match = auto(node).match(PANEL);
      if (match) { panel = auto(node); break; }
    }
    const byId = id.match(PANEL_ID) || (control.id || '').match(PANEL_ID);
    if (byId) {
      panel = panel || byId[1];
      key = byId[2];
      if (!id.startsWith(panel)) id = panel + '--' + key;
    } else if (panel) {
      key = wrapperKey || id;
      id = panel + '.' + key;
    }
    if (!id) id = label;
    let section = '';
    for (let node = unit.parentElement; node && !section; node = node.parentElement) {
      const heading = [...node.children].find(child => /^(H2|H3|H4|LEGEND)$/.test(child.tagName));
      if (heading && !unit.contains(heading)) section = text(heading);
      if (node === root) break;
    }
    if (!unit.getAttribute('data-nyx-wd')) unit.setAttribute('data-nyx-wd', 'f' + (++window.__nyxWd));
    control.setAttribute('data-nyx-wd-control', '');
    if (group) group.setAttribute('data-nyx-wd-group', '');
    // whether the page shows a value already (a step saved before, autofill, the last application)
    const value = input => (input.value || '').trim() !== '';
    const filled = kind === 'TEXT' || kind === 'TEXT_AREA' ? value(control)
        : kind === 'DROPDOWN' ? !/^(select one)?$/i.test(text(control))
        : kind === 'MULTISELECT' ? multi.querySelector('[data-automation-id=selectedItem]') !== null
        : kind === 'RADIO' ? radios.some(radio => radio.checked)
        : kind === 'CHECKBOXES' ? boxes.some(box => box.checked || box.getAttribute('aria-checked') === 'true')
        : kind === 'CHECKBOX' ? control.checked || control.getAttribute('aria-checked') === 'true'
        : kind === 'DATE' ? spins.every(value)
        : within(unit, '[data-automation-id=file-upload-item]').length > 0;
    fields.push({token: unit.getAttribute('data-nyx-wd'), kind, id, label, required, options, parts,
        panel, key, section, filled});
  }
  return fields;
}
