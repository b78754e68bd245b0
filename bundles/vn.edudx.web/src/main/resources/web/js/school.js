// A school's public profile in a publication: its groups, levels, every criterion with its points
// and explanation, and a chart of its points.

import { get } from './api.js';
import { draw } from './chart.js';
import { criteriaTable } from './criteria.js';
import { el, replace } from './dom.js';
import { t, tr, number, levelName } from './i18n.js';

export async function render(main, pub, code) {
  const path = `publications/${encodeURIComponent(pub)}`;
  const [unit, all] = await Promise.all([
    get(`${path}/units/${encodeURIComponent(code)}`),
    get(`${path}/rankings`).catch(() => null),
  ]);
  const score = unit.score || { groups: [] };
  const groups = score.groups || [];
  const total = groups.reduce((s, g) => s + Number(g.points || 0), 0);
  const entry = all?.entries?.find((e) => e.unitCode === unit.unitCode);
  const synthetic = groups.some((g) => criteriaOf(g).some((c) => (c.inputs || []).some((i) => i.provenance?.demo)));
  const chart = el('div', { id: 'score-chart', class: 'chart', role: 'img' });
  const back = `#/?pub=${encodeURIComponent(pub)}`;
  replace(
    main,
    el('p', {}, el('a', { href: back, id: 'back-link' }, t('school.back'))),
    el('h1', { id: 'page-title' }, unit.unitName),
    synthetic || entry?.synthetic ? el('p', { class: 'notice', role: 'note', id: 'synthetic-notice' }, t('common.synthetic')) : null,
    el(
      'dl',
      { class: 'facts' },
      fact(t('school.total'), el('span', { id: 'school-total' }, number(total))),
      entry ? fact(t('school.rank'), el('span', { id: 'school-rank' }, String(entry.rank))) : null,
      fact(t('school.level'), levelName(unit.level)),
      fact(t('school.place'), unit.placeName || t('common.none')),
      fact(t('school.period'), score.period || ''),
    ),
    unit.externallyEvaluated ? el('p', {}, t('school.external')) : null,
    el('h2', {}, t('school.chart')),
    chart,
    groups.map(group),
  );
  const top = groups.flatMap((g) => g.criteria || []).filter((c) => Number(c.maxPoints) > 0);
  chart.setAttribute(
    'aria-label',
    t('school.chart.label', {
      school: unit.unitName,
      summary: groups.map((g) => `${tr(g.name)} ${number(g.points)}/${number(g.maxPoints)}`).join('; '),
    }),
  );
  await draw(chart, option(top));
}

function criteriaOf(g) {
  const out = [];
  const walk = (list) => (list || []).forEach((c) => {
    out.push(c);
    walk(c.children);
  });
  walk(g.criteria);
  return out;
}

function fact(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, value));
}

function group(g) {
  const id = `group-${g.code}`;
  return el(
    'section',
    { class: 'group', 'aria-labelledby': id },
    el('h2', { id }, `${g.code}. ${tr(g.name)}`),
    el('p', { class: 'group-score' }, el('strong', {}, t('school.group.points', { points: number(g.points), max: number(g.maxPoints) })), ' · ', tr(g.levelName) || `${t('school.level')} ${g.level}`),
    g.levelExplanation ? el('p', {}, tr(g.levelExplanation)) : null,
    criteriaTable(g),
  );
}

function option(criteria) {
  const css = getComputedStyle(document.documentElement);
  const ink = css.getPropertyValue('--ink').trim() || '#1a1a1a';
  const accent = css.getPropertyValue('--accent').trim() || '#0b5394';
  const codes = criteria.map((c) => c.code).reverse();
  return {
    animation: false,
    textStyle: { color: ink },
    grid: { left: 48, right: 16, top: 32, bottom: 24 },
    legend: { data: [t('school.chart.points'), t('school.chart.max')], top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: codes },
    series: [
      { name: t('school.chart.max'), type: 'bar', data: criteria.map((c) => Number(c.maxPoints)).reverse(), itemStyle: { color: '#d0d7e1' }, barGap: '-100%', silent: true },
      { name: t('school.chart.points'), type: 'bar', data: criteria.map((c) => Number(c.points)).reverse(), itemStyle: { color: accent } },
    ],
  };
}
