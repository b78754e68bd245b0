// The plan dashboard: each target of the published year-end evaluation with its value, target
// and status (a colour always with its word), and the trend of one target over the published years.

import { get, sameOrigin } from './api.js';
import { draw } from './chart.js';
import { el, replace } from './dom.js';
import { t, tr, number } from './i18n.js';

export async function render(main, wanted) {
  const list = await get('plan-evaluations');
  const current = (list.items || []).filter((p) => !p.supersededBy).sort((a, b) => a.year - b.year);
  if (current.length === 0) {
    replace(main, el('h1', { id: 'page-title' }, t('plan.title')), el('p', { id: 'plan-none' }, t('plan.none')));
    return;
  }
  const card = current.find((p) => p.id === wanted) ?? current[current.length - 1];
  const snapshots = await Promise.all(current.map((p) => get(`plan-evaluations/${encodeURIComponent(p.id)}`)));
  const snapshot = snapshots[current.indexOf(card)];
  const targets = snapshot.evaluation?.targets || [];
  const years = el('select', { id: 'plan-year' }, current.map((p) => {
    const o = el('option', { value: p.id }, String(p.year));
    if (p === card) o.selected = true;
    return o;
  }));
  years.addEventListener('change', () => {
    location.hash = `#/plan/${encodeURIComponent(years.value)}`;
  });
  const chosen = el('select', { id: 'plan-target' }, targets.map((x) => el('option', { value: x.code }, tr(x.name))));
  const chart = el('div', { id: 'plan-chart', class: 'chart', role: 'img' });
  const report = sameOrigin(card.links?.html);
  replace(
    main,
    el('h1', { id: 'page-title' }, t('plan.title')),
    el('p', { class: 'lead' }, tr(card.title)),
    el('div', { class: 'filters' }, el('div', { class: 'field' }, el('label', { for: 'plan-year' }, t('plan.year')), years)),
    report ? el('p', {}, el('a', { href: report, id: 'plan-report' }, t('plan.report'))) : null,
    el(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('plan.title') },
      el(
        'table',
        { id: 'plan-table' },
        el('caption', {}, `${t('plan.title')} ${card.year}`),
        el('thead', {}, el('tr', {}, ['target', 'value', 'goal', 'status'].map((k) => el('th', { scope: 'col' }, t(`plan.col.${k}`))))),
        el('tbody', {}, targets.map(row)),
      ),
    ),
    el('h2', {}, t('plan.trend')),
    el('div', { class: 'field' }, el('label', { for: 'plan-target' }, t('plan.col.target')), chosen),
    chart,
  );
  const trend = async () => {
    const code = chosen.value;
    const points = current.map((p, i) => {
      const x = (snapshots[i].evaluation?.targets || []).find((y) => y.code === code);
      return [String(p.year), x?.status?.value ?? x?.town?.value ?? null];
    });
    const target = targets.find((x) => x.code === code);
    chart.setAttribute('aria-label', `${tr(target?.name)}: ${points.map(([y, v]) => `${y} ${number(v)}`).join('; ')}`);
    await draw(chart, {
      animation: false,
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map(([y]) => y) },
      yAxis: { type: 'value', min: 0 },
      series: [
        { name: t('plan.col.value'), type: 'line', data: points.map(([, v]) => v), symbolSize: 8, label: { show: true } },
        { name: t('plan.col.goal'), type: 'line', data: points.map(() => target?.status?.target ?? target?.finalTarget ?? null), lineStyle: { type: 'dashed' } },
      ],
    });
  };
  chosen.addEventListener('change', trend);
  await trend();
}

function row(x) {
  const s = x.status || {};
  const code = s.status || 'NO_DATA';
  const value = s.value ?? x.town?.value;
  return el(
    'tr',
    { 'data-target': x.code },
    el('th', { scope: 'row' }, tr(x.name)),
    el('td', { class: 'num' }, number(value)),
    el('td', { class: 'num' }, number(s.target ?? x.finalTarget)),
    el('td', {}, el('span', { class: `status ${code.toLowerCase().replace('_', '-')}` }, t(`status.${code}`)), el('span', { class: 'rule' }, tr(s.rule))),
  );
}
