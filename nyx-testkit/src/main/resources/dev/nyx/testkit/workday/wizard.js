// The Workday replica's wizard step runtime (ATS-NOTES 3.3 to 3.5). The server puts the step's model in
// window.WD_STEP; this script renders the fields with Workday's widgets in the UI generation asked for, shows
// conditional fields while their condition holds, validates required fields on "Save and Continue", posts the
// values as JSON and follows the answer. Replica code, written for Nyx.
(() => {
  const cfg = window.WD_STEP;
  const legacy = cfg.ui === 'LEGACY';
  const container = document.querySelector('[data-automation-id="' + cfg.container + '"]');
  const banner = document.querySelector('[data-automation-id=errorBanner]');
  let uid = 0;
  let radioCount = 0;
  let popupCount = 0;
  const uploads = [];

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  };
  const slug = text => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const changed = node => node.dispatchEvent(new CustomEvent('wd-change', {bubbles: true}));
  const requiredMark = field => field.required ? el('abbr', {title: 'required'}, '*') : null;

  // --- popups appended to <body> -------------------------------------------------------------------------------
  const closePopups = () => {
    for (const popup of document.querySelectorAll('body > [data-automation-widget=wd-popup]')) popup.remove();
    for (const button of document.querySelectorAll('button[aria-haspopup=listbox][aria-expanded]')) {
      button.removeAttribute('aria-expanded');
      button.removeAttribute('aria-controls');
    }
  };
  const option = (text, leaf) => {
    const li = el('li', {role: 'option'});
    const div = el('div', {'data-automation-id': 'promptOption', 'data-automation-label': text}, text);
    if (leaf === false) {
      div.appendChild(el('span', {'data-automation-id': 'promptChevron'}, ' >'));
      li.appendChild(div);
      return li;
    }
    li.appendChild(el('div', {'data-automation-id': 'promptLeafNode'}, div));
    return li;
  };
  const popup = associated => {
    const ul = el('ul', {role: 'listbox', id: 'wd-listbox-' + (++popupCount)});
    const wrapper = el('div', {'data-automation-widget': 'wd-popup', 'data-associated-widget': associated || null}, ul);
    document.body.appendChild(wrapper);
    return ul;
  };
  document.addEventListener('click', () => closePopups());

  // --- one field: wrapper, label, widget ------------------------------------------------------------------------
  // A field spec: {key, kind, label, required, legacyId, fkitId, wrapper, options, categories: [[name, leaves]],
  // shownWhen: {field, anyOf} | null, hiddenWhen: {field, anyOf} | null, single}.
  const identity = (field, attrs) => {
    if (legacy) {
      attrs['data-automation-id'] = attrs['data-automation-id'] || field.legacyId;
      attrs.id = 'input-' + (++uid);
    } else {
      attrs.id = field.fkitId;
      attrs.name = field.fkitId.replace(/^.*?--/, '');
    }
    return attrs;
  };

  const widgets = {
    TEXT: (field, wrapper) => {
      const input = el('input', identity(field, {type: 'text', 'aria-required': String(field.required)}));
      wrapper.append(el('label', {for: input.id}, field.label, requiredMark(field)), input);
      return {control: input, get: () => input.value.trim() ? [input.value.trim()] : [],
        set: values => { input.value = values[0] || ''; }};
    },
    TEXT_AREA: (field, wrapper) => {
      const area = el('textarea', identity(field, {rows: 4, 'aria-required': String(field.required)}));
      wrapper.append(el('label', {for: area.id}, field.label, requiredMark(field)), area);
      return {control: area, get: () => area.value.trim() ? [area.value.trim()] : [],
        set: values => { area.value = values[0] || ''; }};
    },
    HIDDEN: (field, wrapper) => {
      wrapper.setAttribute('aria-hidden', 'true');
      wrapper.setAttribute('style', 'position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden;');
      const input = el('input', identity(field, {type: 'text', tabindex: '-1', autocomplete: 'off'}));
      wrapper.append(el('label', {for: input.id}, field.label), input);
      return {control: input, get: () => input.value ? [input.value] : [], set: values => { input.value = values[0] || ''; }};
    },
    DROPDOWN: (field, wrapper) => {
      const suffix = field.required ? ' Required' : '';
      const button = el('button', identity(field, {type: 'button', 'aria-haspopup': 'listbox', value: '',
        'aria-label': field.label + ' Select One' + suffix}), 'Select One');
      wrapper.append(el('label', {for: button.id}, field.label, requiredMark(field)), button);
      const choose = text => {
        button.value = text;
        button.textContent = text || 'Select One';
        button.setAttribute('aria-label', field.label + ' ' + (text || 'Select One') + suffix);
        closePopups();
        changed(button);
      };
      button.addEventListener('click', event => {
        event.stopPropagation();
        const wasOpen = button.hasAttribute('aria-expanded');
        closePopups();
        if (wasOpen) return;
        const ul = popup(null);
        for (const text of ['Select One', ...field.options]) {
          const li = option(text, true);
          li.addEventListener('click', clicked => { clicked.stopPropagation(); choose(text === 'Select One' ? '' : text); });
          ul.appendChild(li);
        }
        button.setAttribute('aria-expanded', 'true');
        button.setAttribute('aria-controls', ul.id);
      });
      button.addEventListener('keydown', event => {
        if (!button.hasAttribute('aria-expanded')) return;
        const ul = document.getElementById(button.getAttribute('aria-controls'));
        if (!ul) return;
        if (event.key === 'Enter') {
          const active = ul.querySelector('li[aria-selected=true]');
          if (active) choose(active.textContent === 'Select One' ? '' : active.textContent);
          event.preventDefault();
          return;
        }
        if (event.key.length !== 1) return;
        button.dataset.typed = ((button.dataset.typed || '') + event.key).toLowerCase();
        for (const li of ul.querySelectorAll('li')) li.removeAttribute('aria-selected');
        const match = [...ul.querySelectorAll('li')].find(li => li.textContent.toLowerCase().startsWith(button.dataset.typed));
        if (match) match.setAttribute('aria-selected', 'true');
      });
      button.addEventListener('blur', () => { button.dataset.typed = ''; });
      return {control: button, get: () => button.value ? [button.value] : [],
        set: values => choose(field.options.includes(values[0]) ? values[0] : '')};
    },
    MULTISELECT: (field, wrapper) => {
      const id = 'ms-' + (field.msId || field.key);
      const search = el('input', {type: 'text', 'data-automation-id': 'searchBox', placeholder: 'Search',
        'aria-label': field.label, id: legacy ? 'input-' + (++uid) : field.fkitId});
      const chips = el('ul', {'data-automation-id': 'selectedItemList'});
      const icon = el('span', {'data-automation-id': 'promptIcon', role: 'button'}, '\u2630');
      const box = el('div', {'data-automation-id': 'multiSelectContainer', id: id}, chips,
        el('div', {'data-automation-id': 'multiselectInputContainer'}, search, icon));
      wrapper.append(el('label', {for: search.id}, field.label, requiredMark(field)), box);
      const categories = field.categories && field.categories.length ? field.categories
        : null;
      const leaves = categories ? categories.flatMap(([name, children]) => children.length ? children : [name])
        : field.options;
      const current = () => [...chips.querySelectorAll('[data-automation-id=selectedItem] [data-automation-id=promptOption]')]
        .map(chip => chip.textContent);
      const select = text => {
        if (!leaves.includes(text) || current().includes(text)) { closePopups(); return; }
        if (field.single) chips.innerHTML = '';
        const remove = el('span', {'data-automation-id': 'DELETE_charm', role: 'button', 'aria-label': 'Remove ' + text}, 'x');
        const chip = el('li', {'data-automation-id': 'selectedItem'}, el('div', {'data-automation-id': 'promptOption'}, text), remove);
        remove.addEventListener('click', event => { event.stopPropagation(); chip.remove(); changed(box); });
        chips.appendChild(chip);
        search.value = '';
        closePopups();
        changed(box);
      };
      const show = entries => {
        closePopups();
        const ul = popup(id);
        for (const [text, leaf, children] of entries) {
          const li = option(text, leaf);
          li.addEventListener('click', clicked => {
            clicked.stopPropagation();
            if (leaf) select(text);
            else show(children.map(child => [child, true, []]));
          });
          ul.appendChild(li);
        }
      };
      const top = () => categories
        ? categories.map(([name, children]) => children.length ? [name, false, children] : [name, true, []])
        : leaves.map(text => [text, true, []]);
      search.addEventListener('click', event => { event.stopPropagation(); show(top()); });
      icon.addEventListener('click', event => { event.stopPropagation(); show(top()); });
      search.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== 'Tab') return;
        event.preventDefault();
        const wanted = search.value.trim().toLowerCase();
        const matches = leaves.filter(text => text.toLowerCase().includes(wanted));
        const exact = matches.filter(text => text.toLowerCase() === wanted);
        if (event.key === 'Enter' && (matches.length === 1 || exact.length === 1)) select(matches.length === 1 ? matches[0] : exact[0]);
        else show(matches.map(text => [text, true, []]));
      });
      return {control: box, get: current, set: values => { chips.innerHTML = ''; values.forEach(select); }};
    },
    RADIO: (field, wrapper) => {
      const fieldset = el('fieldset', {'data-automation-id': legacy ? field.legacyId : null, id: legacy ? null : field.fkitId + '-fieldset'},
        el('legend', {}, field.label, requiredMark(field)));
      const inputs = field.options.map(text => {
        const id = legacy ? String(++radioCount) : field.fkitId + '-' + slug(text);
        const input = el('input', {type: 'radio', id: id, name: legacy ? field.legacyId + '-' + uid : field.fkitId,
          value: text, 'aria-checked': 'false', 'aria-required': String(field.required)});
        fieldset.append(el('div', {}, input, el('label', {for: id}, text)));
        input.addEventListener('change', () => {
          for (const other of inputs) other.setAttribute('aria-checked', String(other.checked));
          changed(fieldset);
        });
        return input;
      });
      uid++;
      wrapper.append(fieldset);
      return {control: fieldset, get: () => inputs.filter(input => input.checked).map(input => input.value),
        set: values => { for (const input of inputs) { input.checked = values.includes(input.value); input.setAttribute('aria-checked', String(input.checked)); } }};
    },
    CHECKBOX: (field, wrapper) => {
      const input = el('input', identity(field, {type: 'checkbox', 'aria-checked': 'false', 'aria-required': String(field.required)}));
      input.addEventListener('change', () => { input.setAttribute('aria-checked', String(input.checked)); changed(input); });
      wrapper.append(el('div', {}, input, el('label', {for: input.id}, field.label, requiredMark(field))));
      return {control: input, get: () => input.checked ? ['true'] : [],
        set: values => { input.checked = values[0] === 'true'; input.setAttribute('aria-checked', String(input.checked)); }};
    },
    CHECKBOXES: (field, wrapper) => {
      const base = legacy ? field.legacyId : field.fkitId;
      const fieldset = el('fieldset', {'data-automation-id': legacy ? field.legacyId : null, id: legacy ? null : field.fkitId},
        el('legend', {}, field.label, requiredMark(field)));
      const inputs = field.options.map((text, index) => {
        const id = base + '-' + (index + 1);
        const input = el('input', {type: 'checkbox', id: id, name: base, value: text, 'aria-checked': 'false'});
        input.addEventListener('change', () => { input.setAttribute('aria-checked', String(input.checked)); changed(fieldset); });
        fieldset.append(el('div', {}, input, el('label', {for: id}, text)));
        return input;
      });
      wrapper.append(fieldset);
      return {control: fieldset, get: () => inputs.filter(input => input.checked).map(input => input.value),
        set: values => { for (const input of inputs) { input.checked = values.includes(input.value); input.setAttribute('aria-checked', String(input.checked)); } }};
    },
    DATE: (field, wrapper) => dateWidget(field, wrapper, ['Month', 'Day', 'Year']),
    MONTH_YEAR: (field, wrapper) => dateWidget(field, wrapper, ['Month', 'Year']),
    YEAR: (field, wrapper) => dateWidget(field, wrapper, ['Year']),
    FILE: (field, wrapper) => fileWidget(field, wrapper)
  };

  // Month/Day/Year spinbuttons: React-like state that only real key presses change (a value set from outside,
  // as fill() does, is put back on the next input event).
  const dateWidget = (field, wrapper, parts) => {
    const limits = {Month: [2, 1, 12], Day: [2, 1, 31], Year: [4, 1900, 2099]};
    const state = {};
    const inputs = {};
    const box = el('div', {'data-automation-id': 'dateInputWrapper', role: 'group'});
    const show = part => {
      const value = state[part];
      inputs[part].value = value === undefined ? '' : (part === 'Year' ? String(value) : String(value).padStart(2, '0'));
      if (value === undefined) inputs[part].removeAttribute('aria-valuenow');
      else inputs[part].setAttribute('aria-valuenow', String(value));
    };
    parts.forEach((part, index) => {
      const automation = 'dateSection' + part + '-input';
      const [digits, min, max] = limits[part];
      const input = el('input', {type: 'text', role: 'spinbutton', 'aria-label': part, 'aria-valuemin': min,
        'aria-valuemax': max, placeholder: part === 'Year' ? 'YYYY' : part === 'Month' ? 'MM' : 'DD',
        inputmode: 'numeric', 'data-automation-id': automation,
        id: legacy ? 'input-' + (++uid) : field.fkitId + '-' + automation});
      inputs[part] = input;
      let typed = '';
      const commit = () => {
        const number = Number(typed);
        if (typed.length && number >= min && number <= max) state[part] = number;
        typed = '';
        show(part);
        changed(box);
        const next = parts[index + 1];
        if (next && state[part] !== undefined) inputs[next].focus();
      };
      input.addEventListener('focus', () => { typed = ''; });
      input.addEventListener('keydown', event => {
        if (event.key === 'Tab') return;
        event.preventDefault();
        if (/^[0-9]$/.test(event.key)) {
          typed += event.key;
          input.value = typed;
          const number = Number(typed);
          if (typed.length >= digits || number * 10 > max) commit();
        } else if (event.key === 'Backspace' || event.key === 'Delete') {
          typed = '';
          delete state[part];
          show(part);
          changed(box);
        } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          const step = event.key === 'ArrowUp' ? 1 : -1;
          state[part] = Math.min(max, Math.max(min, (state[part] === undefined ? (part === 'Year' ? new Date().getFullYear() : min) - step : state[part]) + step));
          show(part);
          changed(box);
        } else if (event.key === '/' || event.key === 'Enter') {
          if (typed) commit();
        }
      });
      input.addEventListener('blur', () => { if (typed) commit(); });
      input.addEventListener('input', () => show(part));
      box.appendChild(input);
      if (index < parts.length - 1) box.appendChild(el('span', {'aria-hidden': 'true'}, '/'));
    });
    if (parts.length === 3) {
      const icon = el('span', {'data-automation-id': 'dateIcon', role: 'button', 'aria-label': 'Calendar'}, '\u{1F4C5}');
      icon.addEventListener('click', event => {
        event.stopPropagation();
        closePopups();
        const today = new Date();
        const grid = el('div', {'data-automation-id': 'datePicker', role: 'grid'});
        const days = new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate();
        for (let day = 1; day <= days; day++) {
          const cell = el('button', {type: 'button', role: 'gridcell',
            'data-automation-id': day === today.getDate() ? 'datePickerSelectedToday' : 'datePickerDay'}, String(day));
          cell.addEventListener('click', clicked => {
            clicked.stopPropagation();
            state.Month = today.getMonth() + 1;
            state.Day = day;
            state.Year = today.getFullYear();
            parts.forEach(show);
            closePopups();
            changed(box);
          });
          grid.appendChild(cell);
        }
        document.body.appendChild(el('div', {'data-automation-widget': 'wd-popup', 'data-associated-widget': inputs.Month.id}, grid));
      });
      box.appendChild(icon);
    }
    wrapper.append(el('label', {for: inputs[parts[0]].id}, field.label, requiredMark(field)), box);
    const pad = (part, value) => part === 'Year' ? String(value) : String(value).padStart(2, '0');
    return {control: box,
      get: () => parts.every(part => state[part] !== undefined) ? [parts.map(part => pad(part, state[part])).join('/')] : [],
      partial: () => parts.some(part => state[part] !== undefined) && !parts.every(part => state[part] !== undefined),
      set: values => {
        const pieces = (values[0] || '').split('/');
        parts.forEach((part, index) => {
          if (pieces.length === parts.length && pieces[index] !== '') state[part] = Number(pieces[index]);
          else delete state[part];
          show(part);
        });
      }};
  };

  // The upload widget: input[type=file] (file-upload-input-ref), a "Select files" button and a drop zone; the file
  // goes to the replica at once and shows as file-upload-item.
  const fileWidget = (field, wrapper) => {
    const input = el('input', {type: 'file', 'data-automation-id': 'file-upload-input-ref',
      id: legacy ? 'input-' + (++uid) : field.fkitId, style: 'display:none'});
    const select = el('button', {type: 'button', 'data-automation-id': 'select-files'}, 'Select files');
    const zone = el('div', {'data-automation-id': 'file-upload-drop-zone'}, el('span', {}, 'Drop file here'), select, input);
    const items = el('div', {'data-automation-id': 'file-upload-items'});
    wrapper.append(el('label', {for: input.id}, field.label, requiredMark(field)), zone, items);
    let name = '';
    const showItem = fileName => {
      name = fileName;
      items.innerHTML = '';
      if (!fileName) return;
      const remove = el('button', {type: 'button', 'data-automation-id': 'delete-file', 'aria-label': 'Delete ' + fileName}, 'Delete');
      items.appendChild(el('div', {'data-automation-id': 'file-upload-item'},
        el('div', {'data-automation-id': 'file-upload-item-name'}, fileName),
        el('div', {'data-automation-id': 'file-upload-successful'}, 'Successfully Uploaded!'), remove));
      remove.addEventListener('click', () => {
        uploads.push(fetch(cfg.uploadUrl + '&field=' + encodeURIComponent(field.key), {method: 'DELETE', credentials: 'same-origin'}));
        showItem('');
        changed(items);
      });
    };
    const upload = file => {
      const sent = fetch(cfg.uploadUrl + '&field=' + encodeURIComponent(field.key), {method: 'POST', body: file,
        headers: {'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name)},
        credentials: 'same-origin'}).then(response => {
          if (response.ok) { showItem(file.name); changed(items); }
          else { showItem(''); }
        });
      uploads.push(sent);
    };
    select.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files.length) upload(input.files[0]);
      input.value = '';
    });
    zone.addEventListener('dragover', event => event.preventDefault());
    zone.addEventListener('drop', event => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) upload(event.dataTransfer.files[0]);
    });
    return {control: input, get: () => name ? [name] : [], set: values => showItem(values[0] || '')};
  };

  const render = (field, parent) => {
    const wrapper = el('div', {'data-automation-id': field.wrapper || wrapperId(field)});
    const widget = widgets[field.kind](field, wrapper);
    const error = el('div', {'data-automation-id': 'errorMessage', role: 'alert', hidden: true});
    wrapper.appendChild(error);
    parent.appendChild(wrapper);
    return {field, wrapper, error, ...widget};
  };
  const wrapperId = field => 'formField-' + (legacy ? field.legacyId : field.fkitId.replace(/^.*?--/, ''));

  // A group of rendered fields with conditions between them.
  const group = (fields, parent) => {
    const rendered = fields.map(field => render(field, parent));
    const byKey = Object.fromEntries(rendered.map(item => [item.field.key, item]));
    const visible = item => {
      const when = item.field.shownWhen;
      const unless = item.field.hiddenWhen;
      if (when) {
        const other = byKey[when.field];
        if (!other || !visible(other) || !other.get().some(value => when.anyOf.includes(value))) return false;
      }
      if (unless) {
        const other = byKey[unless.field];
        if (other && other.get().some(value => unless.anyOf.includes(value))) return false;
      }
      return true;
    };
    const refresh = () => { for (const item of rendered) item.wrapper.hidden = item.field.kind !== 'HIDDEN' && !visible(item); };
    parent.addEventListener('wd-change', refresh);
    parent.addEventListener('change', refresh);
    parent.addEventListener('input', refresh);
    return {rendered, byKey, visible, refresh,
      values: () => Object.fromEntries(rendered.filter(visible).map(item => [item.field.key, item.get()])),
      set: values => { for (const item of rendered) if (values[item.field.key]) item.set(values[item.field.key]); refresh(); }};
  };

  // --- My Experience sections -----------------------------------------------------------------------------------
  const workFields = n => [
    {key: 'jobTitle', kind: 'TEXT', label: 'Job Title', required: true, legacyId: 'jobTitle', fkitId: `workExperience-${n}--jobTitle`},
    {key: 'company', kind: 'TEXT', label: 'Company', required: true, legacyId: 'company', fkitId: `workExperience-${n}--companyName`},
    {key: 'location', kind: 'TEXT', label: 'Location', required: false, legacyId: 'location', fkitId: `workExperience-${n}--location`},
    {key: 'currentlyWorkHere', kind: 'CHECKBOX', label: 'I currently work here', required: false, legacyId: 'currentlyWorkHere', fkitId: `workExperience-${n}--currentlyWorkHere`},
    {key: 'startDate', kind: 'MONTH_YEAR', label: 'From', required: true, legacyId: 'startDate', fkitId: `workExperience-${n}--startDate`},
    {key: 'endDate', kind: 'MONTH_YEAR', label: 'To', required: true, legacyId: 'endDate', fkitId: `workExperience-${n}--endDate`,
      hiddenWhen: {field: 'currentlyWorkHere', anyOf: ['true']}},
    {key: 'description', kind: 'TEXT_AREA', label: 'Role Description', required: false, legacyId: 'description', fkitId: `workExperience-${n}--roleDescription`}];
  const educationFields = n => [
    {key: 'school', kind: 'TEXT', label: 'School or University', required: true, legacyId: 'school', fkitId: `education-${n}--schoolName`},
    {key: 'degree', kind: 'DROPDOWN', label: 'Degree', required: true, legacyId: 'degree', fkitId: `education-${n}--degree`, options: cfg.degrees},
    {key: 'fieldOfStudy', kind: 'MULTISELECT', label: 'Field of Study', required: false, legacyId: 'field-of-study', fkitId: `education-${n}--fieldOfStudy`,
      options: cfg.fieldsOfStudy, single: true, msId: `education-${n}-fieldOfStudy`},
    {key: 'gradeAverage', kind: 'TEXT', label: 'Overall Result (GPA)', required: false, legacyId: 'gradeAverage', fkitId: `education-${n}--gradeAverage`},
    {key: 'firstYear', kind: 'YEAR', label: 'From', required: false, legacyId: 'firstYearAttended', fkitId: `education-${n}--firstYearAttended`},
    {key: 'lastYear', kind: 'YEAR', label: 'To (Actual or Expected)', required: false, legacyId: 'lastYearAttended', fkitId: `education-${n}--lastYearAttended`}];

  const panelSection = (name, title, prefix, fieldsOf, parent) => {
    const headingId = name + '-section-heading';
    const panels = el('div', {});
    const add = el('button', {type: 'button', 'data-automation-id': 'add-button', 'aria-label': 'Add ' + title}, 'Add');
    const section = el('div', {'data-automation-id': name + 'Section', role: 'group', 'aria-labelledby': headingId},
      el('h3', {id: headingId}, title), panels, add);
    parent.appendChild(section);
    const entries = [];
    let count = 0;
    const label = () => { add.textContent = entries.length ? 'Add Another' : 'Add'; };
    const addPanel = values => {
      const n = ++count;
      const heading = el('h4', {id: `${prefix}-${n}-heading`}, `${title} ${n}`);
      const remove = el('button', {type: 'button', 'data-automation-id': 'panel-set-delete-button', 'aria-label': `Delete ${title} ${n}`}, 'Delete');
      const panel = el('div', {'data-automation-id': `${prefix}-${n}`, role: 'group', 'aria-labelledby': heading.id}, heading, remove);
      panels.appendChild(panel);
      const fields = group(fieldsOf(n).map(field => ({options: [], categories: [], ...field})), panel);
      const entry = {panel, fields};
      entries.push(entry);
      remove.addEventListener('click', () => { panel.remove(); entries.splice(entries.indexOf(entry), 1); label(); });
      if (values) fields.set(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ? [value] : []])));
      fields.refresh();
      label();
    };
    add.addEventListener('click', () => addPanel(null));
    return {entries, addPanel};
  };

  // --- the step ---------------------------------------------------------------------------------------------------
  const body = container.querySelector('[data-replica=fields]');
  let work = null;
  let education = null;
  let resume = null;
  if (cfg.sections.includes('WORK_EXPERIENCE')) {
    work = panelSection('workExperience', 'Work Experience', 'workExperience', workFields, body);
    for (const entry of cfg.work) work.addPanel(entry);
  }
  if (cfg.sections.includes('EDUCATION')) {
    education = panelSection('education', 'Education', 'education', educationFields, body);
    for (const entry of cfg.education) education.addPanel(entry);
  }
  if (cfg.sections.includes('RESUME')) {
    const section = el('div', {'data-automation-id': 'resumeSection', role: 'group', 'aria-labelledby': 'resume-section-heading'},
      el('h3', {id: 'resume-section-heading'}, 'Resume/CV'));
    body.appendChild(section);
    resume = render({key: 'resume', kind: 'FILE', label: 'Upload a file (5MB max)', required: false,
      legacyId: 'resumeAttachments', fkitId: 'resumeAttachments--attachments'}, section);
    if (cfg.resumeName) resume.set([cfg.resumeName]);
  }
  const main = group(cfg.fields, body);
  main.set(cfg.values);
  main.refresh();

  const entryValues = (fields) => {
    const result = {};
    for (const item of fields.rendered) {
      const values = fields.visible(item) ? item.get() : [];
      result[item.field.key] = item.field.kind === 'CHECKBOX' ? String(values.length > 0) : (values[0] || '');
    }
    return result;
  };
  const everyGroup = () => [main, ...(work ? work.entries.map(entry => entry.fields) : []),
    ...(education ? education.entries.map(entry => entry.fields) : [])];

  const showErrors = (messages, byItem) => {
    const list = banner.querySelector('ul');
    list.innerHTML = '';
    for (const message of messages) list.appendChild(el('li', {}, message));
    banner.hidden = messages.length === 0;
    for (const fields of everyGroup()) {
      for (const item of fields.rendered) {
        const message = byItem.get(item);
        item.error.hidden = !message;
        item.error.textContent = message || '';
        if (message) item.control.setAttribute('aria-invalid', 'true');
        else item.control.removeAttribute('aria-invalid');
      }
    }
  };
  const validate = () => {
    const messages = [];
    const byItem = new Map();
    for (const fields of everyGroup()) {
      for (const item of fields.rendered) {
        if (item.field.kind === 'HIDDEN' || !fields.visible(item)) continue;
        let message = null;
        if (item.partial && item.partial()) message = 'Error: The field ' + item.field.label + ' has an incomplete date.';
        else if (item.field.required && item.get().length === 0) {
          message = 'Error: The field ' + item.field.label + ' is required and must have a value.';
        }
        if (message) { messages.push(message); byItem.set(item, message); }
      }
    }
    showErrors(messages, byItem);
    return messages.length === 0;
  };
  const itemFor = path => {
    const [first, index, key] = path.split('.');
    if (first === 'work' && work) return work.entries[Number(index)]?.fields.byKey[key];
    if (first === 'education' && education) return education.entries[Number(index)]?.fields.byKey[key];
    if (first === 'resume') return resume;
    return main.byKey[first];
  };
  const post = async (url, payload) => {
    const response = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(payload), credentials: 'same-origin'});
    const answer = await response.json();
    if (answer.signIn) { location.assign(answer.signIn); return; }
    if (answer.next) { location.assign(answer.next); return; }
    const byItem = new Map();
    const messages = [];
    for (const error of answer.errors || []) {
      messages.push(error.message);
      const item = error.field ? itemFor(error.field) : null;
      if (item) byItem.set(item, error.message);
    }
    if (answer.error) messages.unshift(answer.error);
    showErrors(messages.length ? messages : ['Something went wrong. Please try again.'], byItem);
  };
  const next = document.querySelector('[data-automation-id="' + cfg.nextButton + '"]');
  let busy = false;
  next.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    try {
      await Promise.allSettled(uploads);
      if (!validate()) return;
      const payload = {job: cfg.job, step: cfg.step, values: main.values()};
      if (work) payload.work = work.entries.map(entry => entryValues(entry.fields));
      if (education) payload.education = education.entries.map(entry => entryValues(entry.fields));
      await post(cfg.saveUrl, payload);
    } finally {
      busy = false;
    }
  });
  const back = document.querySelector('[data-automation-id="' + cfg.backButton + '"]');
  if (back) back.addEventListener('click', () => post(cfg.backUrl, {job: cfg.job, step: cfg.step}));
})();
