// The school's own scores (#/school/scores[?period=]): its live score of a school year from
// GET /api/v1/scores?period=&unit=, every group with its level in words, every criterion with its
// points, outcome, explanation and the inputs used with their provenance, the advice to reach the
// next level, and its totals over the last six school years as a table and a line chart.

import { draw } from './chart.js';
import { criteriaTable } from './criteria.js';
import { el, replace } from './dom.js';
import { language, number, t, tr } from './i18n.js';
import { call, schoolYears, session } from './session.js';

export async function render(main, params) {
  const s = session();
  const u = encodeURIComponent(s.user.unitCode);
  const history = await totals(u);
  const wanted = params.get('period');
  const period = wanted || (history.length > 0 ? history[history.length - 1].period : schoolYears(1)[0]);
  const score = history.find((h) => h.period === period)?.score || (await call('GET', `scores?period=${encodeURIComponent(period)}&unit=${u}`));
  const groups = score.groups || [];

  const years = el('select', { id: 'scores-period' }, schoolYears(6).concat(period).filter((y, i, a) => a.indexOf(y) === i).sort().reverse().map((y) => el('option', { value: y, selected: y === period }, y)));
  years.addEventListener('change', () => {
    location.hash = `#/school/scores?period=${encodeURIComponent(years.value)}`;
  });
  const chart = el('div', { id: 'scores-chart', class: 'chart chart-small', role: 'img' });

  replace(
    main,
    el('p', {}, el('a', { href: `#/school?period=${encodeURIComponent(period)}`, id: 'scores-portal-link' }, t('scores.toPortal'))),
    el('h1', { id: 'page-title' }, t('scores.title')),
    el('p', { class: 'lead' }, score.unit?.name || s.user.unitCode, ' · ', t('portal.year', { period })),
    el('div', { class: 'field period' }, el('label', { for: 'scores-period' }, t('portal.period')), years),
    score.synthetic ? el('p', { class: 'notice', role: 'note', id: 'scores-synthetic' }, tr(score.notice) || t('common.synthetic')) : null,
    el('p', { class: 'hint' }, t('scores.live', { at: score.computedAt ? when(score.computedAt) : t('common.none') })),
    el(
      'dl',
      { class: 'facts' },
      fact(t('school.total'), el('span', { id: 'scores-total' }, number(score.total))),
      score.levelName ? fact(t('scores.level'), el('span', { id: 'scores-level' }, tr(score.levelName))) : null,
      groups.map((g) => fact(`${g.code}. ${tr(g.name)}`, el('span', { id: `scores-level-${g.code}` }, levelText(g)))),
    ),
    score.levelExplanation ? el('p', {}, tr(score.levelExplanation)) : null,
    nextLevels(groups),
    groups.map(group),
    el(
      'section',
      { 'aria-labelledby': 'scores-history-title' },
      el('h2', { id: 'scores-history-title' }, t('scores.history')),
      el(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'scores-history-caption' },
        el(
          'table',
          { id: 'scores-history' },
          el('caption', { id: 'scores-history-caption' }, t('scores.history.caption')),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('school.period')), el('th', { scope: 'col', class: 'num' }, t('school.total')))),
          el(
            'tbody',
            {},
            history.length === 0
              ? el('tr', {}, el('td', { colspan: '2' }, t('scores.history.none')))
              : history.map((h) => el('tr', { 'data-period': h.period }, el('th', { scope: 'row' }, h.period), el('td', { class: 'num' }, number(h.score.total))))),
        ),
      ),
      chart,
    ),
  );
  chart.setAttribute('aria-label', t('scores.chart.label', { summary: history.map((h) => `${h.period}: ${number(h.score.total)}`).join('; ') || t('common.none') }));
  if (history.length > 0) await draw(chart, option(history));
}

/**
 * The school's scores of the last six school years, oldest first. Only the years in which the
 * school has values are asked for a score, so a year without data does not answer 404.
 */
async function totals(u) {
  const years = schoolYears(6);
  const lists = await Promise.all(years.map((y) => call('GET', `assessments/${u}/${encodeURIComponent(y)}/values`).catch(() => null)));
  const withValues = years.filter((y, i) => lists[i] && lists[i].count > 0);
  const scores = await Promise.all(withValues.map((y) => call('GET', `scores?period=${encodeURIComponent(y)}&unit=${u}`).catch(() => null)));
  return withValues.map((period, i) => ({ period, score: scores[i] })).filter((h) => h.score).reverse();
}

function when(instant) {
  return new Intl.DateTimeFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

function levelText(g) {
  const name = tr(g.levelName);
  const points = t('school.group.points', { points: number(g.points), max: number(g.maxPoints) });
  return name ? `${points} · ${name}` : points;
}

function fact(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, value));
}

/** "To reach the next level", group by group: the score's own advice, or that the top is reached. */
function nextLevels(groups) {
  return el(
    'section',
    { id: 'scores-next', 'aria-labelledby': 'scores-next-title' },
    el('h2', { id: 'scores-next-title' }, t('scores.next')),
    groups.map((g) => {
      const n = g.nextLevel;
      if (!n) return el('div', { class: 'next-level', 'data-group': g.code }, el('h3', {}, `${g.code}. ${tr(g.name)}`), el('p', { class: 'next-top' }, g.level === 0 ? t('scores.next.none') : t('scores.next.top')));
      return el(
        'div',
        { class: 'next-level', 'data-group': g.code },
        el('h3', {}, `${g.code}. ${tr(g.name)} → ${tr(n.targetName) || n.target}`),
        el('p', { class: 'next-summary' }, tr(n.summary)),
        n.reachable === false ? el('p', { class: 'muted' }, t('scores.next.unreachable')) : null,
        (n.steps || []).length > 0
          ? el('ul', {}, n.steps.map((step) => el('li', {}, `${step.code}. ${tr(step.name)}: `, t('scores.next.open', { points: number(step.openPoints) }), step.mandatory ? ` · ${t('scores.next.mandatory')}` : null)))
          : null,
      );
    }),
  );
}

function group(g) {
  const id = `scores-group-${g.code}`;
  return el(
    'section',
    { class: 'group', 'aria-labelledby': id },
    el('h2', { id }, `${g.code}. ${tr(g.name)}`),
    el('p', { class: 'group-score' }, el('strong', {}, levelText(g))),
    g.levelExplanation ? el('p', {}, tr(g.levelExplanation)) : null,
    (g.missingInputs || []).length > 0 ? el('p', { class: 'notice' }, t('scores.missing', { codes: g.missingInputs.join(', ') })) : null,
    criteriaTable(g, {
      title: t('scores.col.inputs'),
      cell: (c) => el('td', { class: 'inputs-used' }, (c.inputs || []).length > 0 ? el('ul', { class: 'plain-list' }, c.inputs.map(input)) : t('common.none')),
    }),
  );
}

/** One input with its provenance: value, where it came from (file and row), who sent it and when. */
function input(i) {
  const src = i.source || {};
  const origin = [src.collector, src.instance].filter(Boolean).join('/');
  const place = src.file ? (src.row ? t('scores.input.row', { file: src.file, row: src.row }) : src.file) : null;
  return el(
    'li',
    {},
    el('strong', {}, `${i.indicator} = ${i.value ?? t('common.none')}`),
    el('br'),
    el('span', { class: 'muted' }, [origin ? t('scores.input.source', { source: origin }) : null, place, src.receivedAt ? t('scores.input.at', { at: when(src.receivedAt) }) : null, src.receivedBy ? t('scores.input.by', { by: src.receivedBy }) : null].filter(Boolean).join(' · ')),
  );
}

function option(history) {
  const css = getComputedStyle(document.documentElement);
  const ink = css.getPropertyValue('--ink').trim() || '#1a1a1a';
  const accent = css.getPropertyValue('--accent').trim() || '#0b5394';
  return {
    animation: false,
    textStyle: { color: ink },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: history.map((h) => h.period) },
    yAxis: { type: 'value', min: 0 },
    series: [{ name: t('school.total'), type: 'line', data: history.map((h) => Number(h.score.total)), itemStyle: { color: accent }, lineStyle: { color: accent }, symbolSize: 8 }],
  };
}
