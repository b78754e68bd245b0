// The school portal (#/school?period=…): the school's self-assessment of a school year, criterion
// by criterion as its indicator set defines them, with the school's current values; checked as the
// user types, saved as a draft (PUT …/values), then submitted (POST …/submit). Shows the state in
// words and, when the office returned it, the office's reason.

import { el, replace } from './dom.js';
import { language, t, tr } from './i18n.js';
import { problems } from './login.js';
import { call, download, schoolYears, session } from './session.js';

const EDITABLE = ['DRAFT', 'RETURNED'];

export async function render(main, params, flash) {
  const s = session();
  const code = s.user.unitCode;
  const u = encodeURIComponent(code);
  const unit = await call('GET', `units/${u}`);
  const period = params.get('period') || (await newestWithValues(u));
  const p = encodeURIComponent(period);
  const assessment = await call('GET', `assessments/${u}/${p}`);
  const [set, values] = await Promise.all([
    call('GET', `indicator-sets/${encodeURIComponent(assessment.set.id)}`),
    call('GET', `assessments/${u}/${p}/values`),
  ]);
  const current = new Map((values.items || []).map((v) => [v.indicatorCode, v]));
  const indicators = new Map((set.indicators || []).map((i) => [i.code, i]));
  const editable = EDITABLE.includes(assessment.state) && !assessment.external;
  const rows = [];

  const status = el('p', { id: 'portal-status', role: 'status', class: 'ok' }, flash || '');
  const errors = el('div', { id: 'portal-problems', role: 'alert', class: 'error', tabindex: '-1', hidden: true });
  const save = el('button', { type: 'button', id: 'save-draft' }, t('portal.save'));
  const submit = el('button', { type: 'button', id: 'submit-assessment', class: 'primary' }, t('portal.submit'));
  const xlsxPath = `indicator-sets/${encodeURIComponent(set.id)}/template.xlsx?unit=${u}&period=${p}`;
  const xlsx = el('a', { href: `/api/v1/${xlsxPath}`, id: 'download-xlsx' }, t('portal.xlsx'));
  xlsx.addEventListener('click', (event) => {
    event.preventDefault();
    download(xlsxPath, `tu-danh-gia-${code}-${period}.xlsx`).catch((e) => showProblems(errors, e));
  });
  const years = el('select', { id: 'portal-period' }, schoolYears(6).concat(period).filter((y, i, a) => a.indexOf(y) === i).sort().reverse().map((y) => el('option', { value: y, selected: y === period }, y)));
  years.addEventListener('change', () => {
    location.hash = `#/school?period=${encodeURIComponent(years.value)}`;
  });

  const form = el(
    'form',
    { id: 'assessment-form', novalidate: true },
    el('fieldset', { disabled: !editable, class: 'plain' }, el('legend', { class: 'sr-only' }, t('portal.form')), (set.groups || []).map((g) => group(g, unit, indicators, current, rows))),
    editable ? el('div', { class: 'actions' }, save, submit) : null,
  );
  form.addEventListener('submit', (event) => event.preventDefault());

  save.addEventListener('click', async () => {
    if (!valid(rows)) return;
    await busy([save, submit], async () => {
      const edits = changed(rows);
      if (edits.length === 0) {
        replace(status, t('portal.nothing'));
        return;
      }
      try {
        await call('PUT', `assessments/${u}/${p}/values`, { values: edits });
        await render(main, params, t('portal.saved'));
      } catch (e) {
        showProblems(errors, e);
      }
    });
  });
  submit.addEventListener('click', async () => {
    if (!valid(rows)) return;
    await busy([save, submit], async () => {
      try {
        const edits = changed(rows);
        if (edits.length > 0) await call('PUT', `assessments/${u}/${p}/values`, { values: edits });
        await call('POST', `assessments/${u}/${p}/submit`);
        await render(main, params, t('portal.submitted'));
      } catch (e) {
        showProblems(errors, e);
      }
    });
  });

  replace(
    main,
    el('h1', { id: 'page-title' }, t('portal.title')),
    el('p', { class: 'lead' }, unit.name, ' · ', t('portal.year', { period })),
    el('div', { class: 'field period' }, el('label', { for: 'portal-period' }, t('portal.period')), years),
    stateBox(assessment),
    el('p', {}, xlsx, ' · ', el('a', { href: `#/school/scores?period=${p}`, id: 'portal-scores-link' }, t('portal.scores'))),
    status,
    errors,
    editable ? el('p', { class: 'hint' }, t('portal.help')) : null,
    form,
  );
}

/** The newest school year in which the school has values: the year being assessed. */
async function newestWithValues(u) {
  const years = schoolYears(6);
  const lists = await Promise.all(years.map((y) => call('GET', `assessments/${u}/${encodeURIComponent(y)}/values`).catch(() => null)));
  const i = lists.findIndex((l) => l && l.count > 0);
  return years[i < 0 ? 0 : i];
}

function stateBox(a) {
  const name = tr(a.stateName) || t(`state.${a.state}`);
  return el(
    'section',
    { class: `state state-${a.state.toLowerCase()}`, 'aria-labelledby': 'state-title' },
    el('h2', { id: 'state-title' }, t('portal.state')),
    el('p', {}, el('strong', { id: 'assessment-state', 'data-state': a.state }, name), a.late ? ` · ${t('portal.late')}` : null),
    a.submittedAt ? el('p', {}, t('portal.submittedAt', { at: when(a.submittedAt) })) : null,
    a.state === 'RETURNED' && a.reason
      ? el('div', { class: 'notice', id: 'return-reason-box' }, el('h3', {}, t('portal.reason')), el('p', { id: 'return-reason' }, a.reason), a.decidedAt ? el('p', { class: 'muted' }, t('portal.decided', { at: when(a.decidedAt), by: a.decidedBy || '' })) : null)
      : null,
    a.state === 'APPROVED' && a.approved ? el('p', {}, t('portal.approved', { total: a.approved.total })) : null,
  );
}

export function when(instant) {
  return new Intl.DateTimeFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

function applies(c, level) {
  if (!c.levels || c.levels.length === 0 || !level) return true;
  return level.split('_').some((l) => c.levels.includes(l)) || c.levels.includes(level);
}

function group(g, unit, indicators, current, rows) {
  const id = `portal-group-${g.code}`;
  return el('section', { class: 'group', 'aria-labelledby': id }, el('h2', { id }, `${g.code}. ${tr(g.name)}`), (g.criteria || []).map((c) => criterion(c, unit, indicators, current, rows, 3)));
}

function criterion(c, unit, indicators, current, rows, depth) {
  if (!applies(c, unit.level)) return null;
  const heading = el(`h${Math.min(depth, 4)}`, {}, `${c.code}. ${tr(c.name)}`);
  if (c.children && c.children.length > 0) {
    return el('div', { class: 'criterion parent' }, heading, c.children.map((x) => criterion(x, unit, indicators, current, rows, depth + 1)));
  }
  const indicator = c.input ? indicators.get(c.input) : null;
  if (!indicator) return null;
  return el('div', { class: 'criterion' }, heading, row(indicator, c, current.get(indicator.code), rows));
}

/** The inputs of one indicator: its value by type, its evidence link, and the error text of both. */
function row(ind, c, stored, rows) {
  const key = ind.code.replace(/[^A-Za-z0-9]/g, '-');
  const valueId = `value-${key}`;
  const errorId = `error-${key}`;
  const original = stored?.value ?? '';
  const originalEvidence = stored?.evidence ?? '';
  const input = valueInput(ind, c, valueId, original);
  const evidence = el('input', { id: `evidence-${key}`, type: 'url', inputmode: 'url', value: originalEvidence, placeholder: 'https://', autocomplete: 'off' });
  const error = el('p', { id: errorId, class: 'field-error', hidden: true });
  const r = { ind, input, evidence, error, original, originalEvidence };
  const check = () => show(r, problem(r));
  input.addEventListener('input', check);
  input.addEventListener('change', check);
  evidence.addEventListener('input', check);
  rows.push(r);
  const range = ind.type === 'PERCENT' || ind.type === 'NUMBER' ? el('span', { class: 'hint' }, t('portal.range', { min: ind.min ?? '—', max: ind.max ?? '—' })) : null;
  return el(
    'div',
    { class: 'inputs' },
    el('div', { class: 'field' }, el('label', { for: valueId }, tr(ind.name), range ? ' ' : null, range), input),
    el('div', { class: 'field' }, el('label', { for: `evidence-${key}` }, t('portal.evidence')), evidence),
    error,
  );
}

function valueInput(ind, c, id, original) {
  if (ind.type === 'BOOLEAN') {
    return el(
      'select',
      { id },
      el('option', { value: '', selected: original === '' }, t('portal.choose')),
      el('option', { value: 'true', selected: original === 'true' }, t('portal.yes')),
      el('option', { value: 'false', selected: original === 'false' }, t('portal.no')),
    );
  }
  if (ind.type === 'PERCENT' || ind.type === 'NUMBER') {
    return el('input', { id, type: 'number', inputmode: 'decimal', step: 'any', min: ind.min ?? null, max: ind.max ?? null, value: original });
  }
  if (ind.allowed && ind.allowed.length > 0) {
    const labels = new Map((c.options || []).map((o) => [o.value, tr(o.label)]));
    return el(
      'select',
      { id },
      el('option', { value: '', selected: original === '' }, t('portal.choose')),
      ind.allowed.map((a) => el('option', { value: a, selected: original === a }, labels.get(a) || a)),
    );
  }
  return el('input', { id, type: 'text', value: original, maxlength: 4000 });
}

/** What is wrong with a row as typed ({text, input}: the message and the input it is about), or null. */
function problem(r) {
  const raw = r.input.value.trim();
  const number = r.ind.type === 'PERCENT' || r.ind.type === 'NUMBER';
  const wrong = (text, input = r.input) => ({ text, input });
  if (number && r.input.validity && r.input.validity.badInput) return wrong(t('portal.error.number'));
  if (raw === '') {
    const touched = r.original !== '' || r.evidence.value.trim() !== r.originalEvidence;
    if (!touched) return null;
    return wrong(number ? t('portal.error.number') : t('portal.error.required'));
  }
  if (number) {
    const n = Number(raw);
    if (!Number.isFinite(n)) return wrong(t('portal.error.number'));
    const min = r.ind.min === null || r.ind.min === undefined ? null : Number(r.ind.min);
    const max = r.ind.max === null || r.ind.max === undefined ? null : Number(r.ind.max);
    if ((min !== null && n < min) || (max !== null && n > max)) {
      return wrong(t('portal.error.range', { min: min ?? '—', max: max ?? '—' }));
    }
  }
  const link = r.evidence.value.trim();
  if (link && !/^https?:\/\/\S+$/i.test(link)) return wrong(t('portal.error.evidence'), r.evidence);
  return null;
}

/** Shows or clears the row's error; the input at fault points to it with aria-describedby. */
function show(r, wrong) {
  for (const input of [r.input, r.evidence]) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
  if (wrong) {
    replace(r.error, wrong.text);
    r.error.hidden = false;
    wrong.input.setAttribute('aria-invalid', 'true');
    wrong.input.setAttribute('aria-describedby', r.error.id);
  } else {
    replace(r.error);
    r.error.hidden = true;
  }
  return !wrong;
}

/** Shows every row's error; answers whether all are valid, focusing the first input at fault. */
function valid(rows) {
  let first = null;
  for (const r of rows) {
    const wrong = problem(r);
    show(r, wrong);
    if (wrong && !first) first = wrong.input;
  }
  if (first) first.focus();
  return !first;
}

function changed(rows) {
  return rows
    .filter((r) => r.input.value.trim() !== r.original || r.evidence.value.trim() !== r.originalEvidence)
    .filter((r) => r.input.value.trim() !== '')
    .map((r) => ({ indicatorCode: r.ind.code, value: r.input.value.trim(), evidence: r.evidence.value.trim() || null }));
}

async function busy(buttons, work) {
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await work();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function showProblems(box, e) {
  replace(box, problems(e));
  box.hidden = false;
  box.focus();
}
