// The table of a group's criteria, shared by the public school page and the school's own scores:
// code, name, points, outcome and explanation, sub-criteria indented below their parent, and an
// optional last column (the scores page adds the inputs each criterion used).
import { el } from './dom.js';
import { t, tr, number } from './i18n.js';

/**
 * @param g a group of a score, with its criteria
 * @param extra an optional last column: { title, cell(criterion) → a td element }
 */
export function criteriaTable(g, extra) {
  const heads = ['code', 'name', 'points', 'outcome', 'explanation'].map((k) => el('th', { scope: 'col' }, t(`school.col.${k}`)));
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('school.criteria', { group: g.code }) },
    el(
      'table',
      { class: 'criteria' },
      el('caption', {}, t('school.criteria', { group: g.code })),
      el('thead', {}, el('tr', {}, heads, extra ? el('th', { scope: 'col' }, extra.title) : null)),
      el('tbody', {}, (g.criteria || []).flatMap((c) => rows(c, 0, extra))),
    ),
  );
}

function rows(c, depth, extra) {
  const points = Number(c.maxPoints) > 0 ? `${number(c.points)}/${number(c.maxPoints)}` : t('common.none');
  const outcome = c.outcome ? t(`outcome.${c.outcome}`) : '';
  const r = el(
    'tr',
    { class: depth > 0 ? 'child' : null, 'data-criterion': c.code },
    el('td', { class: 'code' }, c.code),
    el('th', { scope: 'row', class: 'name' }, tr(c.name)),
    el('td', { class: 'num' }, points),
    el('td', {}, el('span', { class: `outcome ${String(c.outcome || '').toLowerCase()}` }, outcome)),
    el('td', { class: 'explanation' }, tr(c.explanation)),
    extra ? extra.cell(c) : null,
  );
  return [r, ...(c.children || []).flatMap((x) => rows(x, depth + 1, extra))];
}
