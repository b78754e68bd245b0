// The office console's collectors and imports (#/office/collectors): every collector instance with
// its state, the deliveries being worked on now (polled every 2 s while the page is shown), the
// recent deliveries with their problems, and the upload of a file (POST /api/v1/imports).

import { el, replace } from './dom.js';
import { number, t, tr } from './i18n.js';
import { problems as messages } from './login.js';
import { when } from './portal.js';
import { call, ProblemError, upload } from './session.js';

const ROUTE = '#/office/collectors';
const POLL_MS = 2000;
let timer = null;

function list(answer) {
  return Array.isArray(answer) ? answer : answer?.items || [];
}

function at(instant) {
  return instant ? when(instant) : t('common.none');
}

function stop() {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

// Leaving the page (another route) stops the polling.
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith(ROUTE)) stop();
});

export async function render(main, flash) {
  stop();
  const [collectors, running, imports] = await Promise.all([
    call('GET', 'collectors').catch((e) => e),
    call('GET', 'imports/running').catch(() => []),
    call('GET', 'imports?limit=50'),
  ]);
  const runningBox = el('div', { id: 'console-running', 'aria-live': 'polite' }, runningTable(list(running)));
  const importsBox = el('div', { id: 'console-imports' }, importsTable(list(imports)));
  replace(
    main,
    el('h1', { id: 'page-title' }, t('console.title')),
    el('p', { class: 'lead' }, t('console.lead')),
    el('h2', {}, t('console.collectors')),
    collectors instanceof Error ? el('div', { class: 'error', role: 'alert' }, messages(collectors)) : collectorsTable(list(collectors)),
    el('h2', {}, t('console.running')),
    runningBox,
    el('h2', {}, t('console.upload')),
    uploadForm(main),
    el('h2', {}, t('console.imports')),
    importsBox,
  );
  if (flash) replace(document.getElementById('console-outcome'), flash);
  timer = setInterval(async () => {
    if (!location.hash.startsWith(ROUTE) || !main.contains(runningBox)) {
      stop();
      return;
    }
    try {
      replace(runningBox, runningTable(list(await call('GET', 'imports/running'))));
    } catch (e) {
      if (e instanceof ProblemError && (e.status === 401 || e.status === 403)) stop();
    }
  }, POLL_MS);
}

function table(id, caption, headings, rows) {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': `${id}-caption` },
    el('table', { id }, el('caption', { id: `${id}-caption`, class: 'sr-only' }, caption), el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, t(h))))), el('tbody', {}, rows)),
  );
}

const STATE_SIGN = { RUNNING: '●', STOPPED: '■', DOWN: '▼', FAILED: '✖', ON_DEMAND: '○' };

function collectorsTable(items) {
  if (items.length === 0) return el('p', {}, t('console.collectors.empty'));
  return table(
    'console-collectors',
    t('console.collectors'),
    ['console.col.id', 'console.col.instance', 'console.col.description', 'console.col.state', 'console.col.lastRun', 'console.col.accepted', 'console.col.rejected', 'console.col.duplicate', 'console.col.lastError', 'console.col.nextTry'],
    items.map((c) =>
      el(
        'tr',
        { 'data-collector': `${c.id}/${c.instance}` },
        el('td', { class: 'id' }, c.id),
        el('td', { class: 'instance' }, c.instance),
        el('td', {}, tr(c.description)),
        el('td', { class: `state state-${String(c.state).toLowerCase()}`, 'data-state': c.state }, el('span', { 'aria-hidden': 'true' }, `${STATE_SIGN[c.state] || '?'} `), t(`console.state.${c.state}`)),
        el('td', {}, at(c.lastRun)),
        el('td', { class: 'num' }, number(c.accepted, 0)),
        el('td', { class: 'num' }, number(c.rejected, 0)),
        el('td', { class: 'num' }, number(c.duplicate, 0)),
        el('td', { class: 'last-error' }, c.lastError ? tr(c.lastError) : t('common.none'), c.lastErrorAt ? el('br') : null, c.lastErrorAt ? el('small', {}, at(c.lastErrorAt)) : null),
        el('td', {}, at(c.nextTry)),
      ),
    ),
  );
}

function runningTable(items) {
  if (items.length === 0) return el('p', { id: 'console-running-empty' }, t('console.running.empty'));
  return table(
    'console-running-table',
    t('console.running'),
    ['console.col.origin', 'console.col.collector', 'console.col.phase', 'console.col.rows', 'console.col.values', 'console.col.started'],
    items.map((r) =>
      el('tr', {}, el('td', {}, r.origin), el('td', {}, `${r.source}/${r.instance}`), el('td', {}, t(`console.phase.${r.phase}`)), el('td', { class: 'num' }, number(r.rows, 0)), el('td', { class: 'num' }, number(r.values, 0)), el('td', {}, at(r.startedAt))),
    ),
  );
}

/** The problems of a delivery or of an answer, each located: row, column, value, message, hint. */
function problemsTable(id, list) {
  return table(
    id,
    t('console.problems'),
    ['console.col.row', 'console.col.column', 'console.col.value', 'console.col.message', 'console.col.hint'],
    list.map((p) =>
      el('tr', { class: 'problem' }, el('td', { class: 'row num' }, p.row ?? t('common.none')), el('td', { class: 'column' }, p.column ?? p.field ?? t('common.none')), el('td', { class: 'value' }, p.value ?? t('common.none')), el('td', { class: 'message' }, tr(p.message) || p.code || ''), el('td', { class: 'hint' }, tr(p.hint))),
    ),
  );
}

function importsTable(items) {
  if (items.length === 0) return el('p', {}, t('console.imports.empty'));
  const headings = ['console.col.file', 'console.col.collector', 'console.col.status', 'console.col.rows', 'console.col.stored', 'console.col.time', 'console.col.sender', 'console.col.problems'];
  const rows = [];
  for (const d of items) {
    const n = (d.problems || []).length;
    const detail = el('tr', { id: `console-import-${d.id}-problems`, class: 'problems-row', hidden: true }, el('td', { colspan: headings.length }, n > 0 ? problemsTable(`console-import-${d.id}-table`, d.problems) : null));
    let open = null;
    if (n > 0) {
      open = el('button', { type: 'button', id: `console-import-${d.id}-open`, 'aria-expanded': 'false', 'aria-controls': detail.id }, t('console.problems.show', { n }));
      open.addEventListener('click', () => {
        detail.hidden = !detail.hidden;
        open.setAttribute('aria-expanded', String(!detail.hidden));
      });
    }
    rows.push(
      el(
        'tr',
        { 'data-import': d.id, 'data-status': d.status },
        el('td', { class: 'file' }, d.file),
        el('td', {}, `${d.collector}/${d.instance}`),
        el('td', { class: 'status' }, t(`console.status.${d.status}`)),
        el('td', { class: 'num' }, number(d.rows, 0)),
        el('td', { class: 'num' }, number(d.stored, 0)),
        el('td', {}, at(d.receivedAt)),
        el('td', {}, d.receivedBy || t('common.none')),
        el('td', {}, open || t('common.none')),
      ),
      detail,
    );
  }
  return table('console-imports-table', t('console.imports'), headings, rows);
}

function uploadForm(main) {
  const file = el('input', { id: 'console-file', type: 'file', accept: '.csv,.xlsx,text/csv' });
  const valid = el('input', { id: 'console-accept-valid', type: 'checkbox' });
  const button = el('button', { type: 'submit', id: 'console-upload', class: 'primary' }, t('console.upload.submit'));
  const outcome = el('div', { id: 'console-outcome', role: 'status', 'aria-live': 'polite' });
  const form = el(
    'form',
    { id: 'console-upload-form', class: 'form', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: file.id }, t('console.upload.file')), file),
    el('div', { class: 'field check' }, el('label', { for: valid.id }, valid, ' ', t('console.upload.acceptValid'))),
    el('div', { class: 'actions' }, button),
    outcome,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen) {
      replace(outcome, el('p', { class: 'error', role: 'alert' }, t('console.upload.none')));
      file.focus();
      return;
    }
    button.disabled = true;
    replace(outcome, el('p', {}, t('console.upload.sending', { file: chosen.name })));
    try {
      const path = `imports?file=${encodeURIComponent(chosen.name)}${valid.checked ? '&acceptValidRows=true' : ''}`;
      const { status, body } = await upload(path, chosen);
      const shown = result(status, body, chosen.name);
      await render(main);
      replace(document.getElementById('console-outcome'), shown);
      // The form was drawn again: the focus goes to the outcome, so that it is read out.
      shown.setAttribute('tabindex', '-1');
      shown.focus();
    } catch (e) {
      replace(outcome, el('div', { class: 'error', role: 'alert' }, messages(e)));
      button.disabled = false;
    }
  });
  return form;
}

/** The outcome of an upload in words: stored, duplicate, rejected with its problems, or refused. */
function result(status, body, name) {
  const list = Array.isArray(body?.problems) ? body.problems : [];
  if (status === 201) {
    return el('div', { id: 'console-result', 'data-status': '201' }, el('p', { class: 'ok' }, t('console.upload.stored', { file: name, stored: number(body?.stored, 0), rows: number(body?.rows, 0) })), list.length ? problemsTable('console-result-problems', list) : null);
  }
  if (status === 200) {
    return el('div', { id: 'console-result', 'data-status': '200' }, el('p', { class: 'ok' }, t('console.upload.duplicate', { file: name, of: body?.duplicateOf ?? t('common.none') })));
  }
  const text = status === 422 ? t('console.upload.rejected', { file: name, n: list.length }) : t('console.upload.refused', { status });
  return el(
    'div',
    { id: 'console-result', 'data-status': String(status), class: 'error', role: 'alert' },
    el('p', {}, text),
    list.some((p) => p.row !== null && p.row !== undefined) ? problemsTable('console-result-problems', list) : el('ul', {}, list.map((p) => el('li', {}, tr(p.message) || p.code))),
  );
}
