// The office's review queue (#/office/review?period=…): the submitted self-assessments of a school
// year, each to approve or to return with a reason (required, checked here before it is sent).

import { el, replace } from './dom.js';
import { t } from './i18n.js';
import { problems } from './login.js';
import { when } from './portal.js';
import { call, schoolYears, session } from './session.js';

const DECIDERS = ['OFFICE_REVIEWER', 'OFFICE_ADMIN'];

export async function render(main, params, flash) {
  const years = schoolYears(6);
  const period = params.get('period') || (await newestWithSubmissions(years));
  const p = encodeURIComponent(period);
  const [list, units] = await Promise.all([
    call('GET', `assessments?period=${p}&state=SUBMITTED`),
    call('GET', 'units?type=SCHOOL').catch(() => null),
  ]);
  const names = new Map((units?.items || []).map((u) => [u.code, u.name]));
  const decider = DECIDERS.includes(session()?.user?.role);
  const status = el('p', { id: 'review-status', role: 'status', class: 'ok' }, flash || '');
  const errors = el('div', { id: 'review-problems', role: 'alert', class: 'error', hidden: true });
  const choice = el('select', { id: 'review-period' }, years.concat(period).filter((y, i, a) => a.indexOf(y) === i).sort().reverse().map((y) => el('option', { value: y, selected: y === period }, y)));
  choice.addEventListener('change', () => {
    location.hash = `#/office/review?period=${encodeURIComponent(choice.value)}`;
  });
  const items = list.items || [];
  const again = (message) => render(main, params.get('period') ? params : new URLSearchParams({ period }), message);
  replace(
    main,
    el('h1', { id: 'page-title' }, t('review.title')),
    el('p', { class: 'lead' }, t('review.lead')),
    el('div', { class: 'field period' }, el('label', { for: 'review-period' }, t('portal.period')), choice),
    status,
    errors,
    el('p', { id: 'review-count', class: 'count' }, t('review.count', { n: items.length, period })),
    items.length === 0 ? el('p', {}, t('review.empty')) : el('ul', { id: 'review-list', class: 'review-list' }, items.map((a) => item(a, names.get(a.unitCode), period, decider, errors, again))),
  );
}

async function newestWithSubmissions(years) {
  const lists = await Promise.all(years.map((y) => call('GET', `assessments?period=${encodeURIComponent(y)}&state=SUBMITTED`).catch(() => null)));
  const i = lists.findIndex((l) => l && l.count > 0);
  return years[i < 0 ? 0 : i];
}

function item(a, name, period, decider, errors, again) {
  const key = a.unitCode.replace(/[^A-Za-z0-9]/g, '-');
  const path = `assessments/${encodeURIComponent(a.unitCode)}/${encodeURIComponent(period)}`;
  const title = name ? `${name} (${a.unitCode})` : a.unitCode;
  const reason = el('textarea', { id: `reason-${key}`, rows: 2, maxlength: 2000 });
  const error = el('p', { id: `reason-error-${key}`, class: 'field-error', hidden: true });
  const approve = el('button', { type: 'button', id: `approve-${key}` }, t('review.approve'));
  const back = el('button', { type: 'button', id: `return-${key}`, class: 'primary' }, t('review.return'));
  const checkReason = () => {
    const missing = reason.value.trim() === '';
    error.hidden = !missing;
    replace(error, missing ? t('review.reason.required') : '');
    if (missing) {
      reason.setAttribute('aria-invalid', 'true');
      reason.setAttribute('aria-describedby', error.id);
    } else {
      reason.removeAttribute('aria-invalid');
      reason.removeAttribute('aria-describedby');
    }
    return !missing;
  };
  reason.addEventListener('input', () => {
    if (!error.hidden) checkReason();
  });
  const act = async (work, message) => {
    approve.disabled = true;
    back.disabled = true;
    try {
      await work();
      await again(message);
    } catch (e) {
      replace(errors, problems(e));
      errors.hidden = false;
      approve.disabled = false;
      back.disabled = false;
    }
  };
  approve.addEventListener('click', () => act(() => call('POST', `${path}/approve`), t('review.approved', { school: title })));
  back.addEventListener('click', () => {
    if (!checkReason()) {
      reason.focus();
      return;
    }
    act(() => call('POST', `${path}/return`, { reason: reason.value.trim() }), t('review.returned', { school: title }));
  });
  return el(
    'li',
    { class: 'review-item', 'data-unit': a.unitCode },
    el('h2', {}, title),
    el('p', {}, t('review.submitted', { at: a.submittedAt ? when(a.submittedAt) : '—' }), a.late ? ` · ${t('portal.late')}` : null),
    decider
      ? el(
          'div',
          { class: 'decision' },
          el('div', { class: 'field' }, el('label', { for: reason.id }, t('review.reason')), reason, error),
          el('div', { class: 'actions' }, back, approve),
        )
      : null,
  );
}
