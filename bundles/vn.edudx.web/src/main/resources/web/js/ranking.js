// The published rankings: choose a publication, filter by level and by ward or commune, sort by
// any column, open a school's profile, download the exports.

import { get, sameOrigin } from './api.js';
import { el, replace } from './dom.js';
import { t, tr, number, levelName } from './i18n.js';

// A school with several levels is ranked in its main level (docs/api.md, "A ranking").
const CATEGORY = { TH_THCS: 'THCS', THCS_THPT: 'THPT', TH_THCS_THPT: 'THPT' };
const LEVEL_ORDER = ['MN', 'TH', 'THCS', 'THPT', 'GDTX'];
const DESCENDING_FIRST = ['points', 'G1', 'G2', 'movement'];
const rankings = new Map();

let state;
let view;

/** Renders the page into main from the hash's query (pub, level, place, sort, dir). */
export async function render(main, params) {
  const list = await get('publications');
  const items = list.items || [];
  if (items.length === 0) {
    replace(main, el('h1', {}, t('ranking.title')), el('p', { id: 'ranking-none' }, t('ranking.none')));
    return;
  }
  const wanted = items.find((p) => p.id === params.get('pub'));
  const publication = wanted ?? items.find((p) => !p.supersededBy) ?? items[0];
  state = {
    publication,
    items,
    level: params.get('level') || '',
    place: params.get('place') || '',
    sort: params.get('sort') || 'rank',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const all = await ranking(publication.id, '');
  if (state.level && !levelsOf(all).includes(state.level)) state.level = '';
  view = {
    notice: el('div', { id: 'ranking-notice' }),
    count: el('p', { id: 'ranking-count', class: 'count', 'aria-live': 'polite' }),
    table: el('div', { id: 'ranking-result' }),
    unranked: el('div', { id: 'ranking-unranked' }),
  };
  replace(
    main,
    el('h1', { id: 'page-title' }, t('ranking.title')),
    el('p', { class: 'lead' }, publication.title),
    filters(all),
    downloads(publication),
    view.notice,
    view.count,
    view.table,
    view.unranked,
  );
  await update();
}

async function ranking(id, level) {
  const key = `${id}|${level}`;
  if (!rankings.has(key)) {
    const query = level ? `?level=${encodeURIComponent(level)}` : '';
    rankings.set(key, await get(`publications/${encodeURIComponent(id)}/rankings${query}`));
  }
  return rankings.get(key);
}

function levelsOf(all) {
  const seen = new Set();
  for (const e of [...(all.entries || []), ...(all.unranked || [])]) {
    if (e.level) seen.add(CATEGORY[e.level] ?? e.level);
  }
  return LEVEL_ORDER.filter((l) => seen.has(l));
}

function placesOf(all) {
  const places = new Map();
  for (const e of all.entries || []) if (e.placeCode) places.set(e.placeCode, e.placeName || e.placeCode);
  return [...places].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
}

function select(id, label, options, value, onChange) {
  const s = el('select', { id, name: id });
  for (const [v, text] of options) {
    const o = el('option', { value: v }, text);
    if (v === value) o.selected = true;
    s.appendChild(o);
  }
  s.addEventListener('change', () => onChange(s.value));
  return el('div', { class: 'field' }, el('label', { for: id }, label), s);
}

function filters(all) {
  const pubs = state.items.map((p) => [
    p.id,
    `${p.period} · ${p.scopeName || p.scopeCode}${p.supersededBy ? ' ' + t('ranking.superseded') : ''}`,
  ]);
  const levels = [['', t('ranking.level.all')], ...levelsOf(all).map((l) => [l, levelName(l)])];
  const places = [['', t('ranking.place.all')], ...placesOf(all)];
  return el(
    'div',
    { class: 'filters' },
    select('publication', t('ranking.publication'), pubs, state.publication.id, (id) => {
      location.hash = `#/?pub=${encodeURIComponent(id)}`;
    }),
    select('level', t('ranking.level'), levels, state.level, (v) => {
      state.level = v;
      update();
    }),
    select('place', t('ranking.place'), places, state.place, (v) => {
      state.place = v;
      update();
    }),
  );
}

function downloads(p) {
  const links = [
    ['csv', t('ranking.download.csv')],
    ['xlsx', t('ranking.download.xlsx')],
    ['html', t('ranking.download.html')],
  ]
    .filter(([k]) => sameOrigin(p.links?.[k]))
    .map(([k, text]) => el('li', {}, el('a', { href: sameOrigin(p.links[k]), id: `download-${k}`, download: k !== 'html' }, text)));
  return el('nav', { class: 'downloads', 'aria-label': t('ranking.downloads') }, el('h2', {}, t('ranking.downloads')), el('ul', {}, links));
}

/** Keeps the state in the address (without a new history entry), so that a link shows the same view. */
function remember() {
  const q = new URLSearchParams({ pub: state.publication.id });
  if (state.level) q.set('level', state.level);
  if (state.place) q.set('place', state.place);
  if (state.sort !== 'rank' || state.dir !== 'asc') {
    q.set('sort', state.sort);
    q.set('dir', state.dir);
  }
  history.replaceState(null, '', `#/?${q}`);
}

async function update() {
  remember();
  const r = await ranking(state.publication.id, state.level);
  const entries = (r.entries || []).filter((e) => !state.place || e.placeCode === state.place);
  const synthetic = (r.entries || []).some((e) => e.synthetic);
  replace(view.notice, synthetic ? el('p', { class: 'notice', role: 'note', id: 'synthetic-notice' }, t('common.synthetic')) : null);
  view.count.textContent = t('ranking.count', { shown: entries.length, total: (r.entries || []).length });
  if (entries.length === 0) {
    replace(view.table, el('p', { id: 'ranking-empty' }, t('ranking.empty')));
  } else {
    replace(view.table, table(sorted(entries), r));
  }
  const unranked = (r.unranked || []).filter((u) => !state.place || u.placeCode === state.place);
  replace(
    view.unranked,
    unranked.length === 0
      ? null
      : el(
          'details',
          {},
          el('summary', {}, `${t('ranking.unranked')} (${unranked.length})`),
          el('ul', {}, unranked.map((u) => el('li', {}, el('span', { class: 'name' }, u.unitName), ': ', tr(u.reason)))),
        ),
  );
}

function value(e, key) {
  switch (key) {
    case 'school':
      return e.unitName || '';
    case 'place':
      return e.placeName || '';
    case 'points':
      return Number(e.points);
    case 'G1':
    case 'G2':
      return Number((e.groups || []).find((g) => g.code === key)?.points ?? -1);
    case 'movement':
      return e.movement ?? null;
    default:
      return e.rank;
  }
}

function sorted(entries) {
  const sign = state.dir === 'desc' ? -1 : 1;
  return [...entries].sort((a, b) => {
    const x = value(a, state.sort);
    const y = value(b, state.sort);
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const c = typeof x === 'string' ? x.localeCompare(y, 'vi') : x - y;
    return c !== 0 ? sign * c : a.rank - b.rank;
  });
}

const COLUMNS = ['rank', 'school', 'level', 'place', 'points', 'G1', 'G2', 'interval', 'movement'];
const SORTABLE = ['rank', 'school', 'place', 'points', 'G1', 'G2', 'movement'];

function header(key) {
  const label = t(`ranking.col.${key}`);
  if (!SORTABLE.includes(key)) return el('th', { scope: 'col' }, label);
  const active = state.sort === key;
  const th = el('th', { scope: 'col', 'aria-sort': active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none' });
  const button = el(
    'button',
    { type: 'button', class: 'sort', 'data-sort': key, title: t('ranking.sort', { column: label }) },
    label,
    el('span', { class: 'arrow', 'aria-hidden': 'true' }, active ? (state.dir === 'asc' ? ' ↑' : ' ↓') : ' ↕'),
  );
  button.addEventListener('click', () => {
    if (state.sort === key) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
    else {
      state.sort = key;
      state.dir = DESCENDING_FIRST.includes(key) ? 'desc' : 'asc';
    }
    update().then(() => document.querySelector(`button[data-sort="${key}"]`)?.focus());
  });
  th.appendChild(button);
  return th;
}

function movement(e) {
  const m = e.movement;
  const [text, label, cls] =
    m === null || m === undefined
      ? [t('ranking.movement.new'), t('ranking.movement.new.label'), 'new']
      : m > 0
        ? [t('ranking.movement.up', { n: m }), t('ranking.movement.up.label', { n: m }), 'up']
        : m < 0
          ? [t('ranking.movement.down', { n: -m }), t('ranking.movement.down.label', { n: -m }), 'down']
          : [t('ranking.movement.same'), t('ranking.movement.same.label'), 'same'];
  return el('td', { class: `movement ${cls}` }, el('span', { 'aria-hidden': 'true' }, text), el('span', { class: 'sr-only' }, label));
}

function row(e) {
  const group = (code) => {
    const g = (e.groups || []).find((x) => x.code === code);
    return el('td', { class: 'num' }, g ? number(g.points) : t('common.none'));
  };
  const i = e.interval;
  const interval = el(
    'td',
    { class: 'num' },
    i ? `${i.low}–${i.high}` : t('common.none'),
    i && i.distinguishable === false ? el('abbr', { title: t('ranking.indistinguishable'), class: 'approx' }, ' ≈') : null,
  );
  const href = `#/school/${encodeURIComponent(state.publication.id)}/${encodeURIComponent(e.unitCode)}`;
  return el(
    'tr',
    { 'data-unit': e.unitCode },
    el('td', { class: 'num rank' }, String(e.rank), e.tied ? el('span', { title: t('ranking.tied') }, '=') : null, e.tied ? el('span', { class: 'sr-only' }, ` (${t('ranking.tied')})`) : null),
    el('th', { scope: 'row', class: 'school' }, el('a', { href, class: 'school-link' }, e.unitName)),
    el('td', { class: 'level' }, levelName(e.level)),
    el('td', { class: 'place' }, e.placeName || ''),
    el('td', { class: 'num points' }, number(e.points)),
    group('G1'),
    group('G2'),
    interval,
    movement(e),
  );
}

function table(entries, r) {
  const caption = t('ranking.caption', { period: r.period, level: levelName(r.level) });
  return el(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('ranking.scroll') },
    el(
      'table',
      { id: 'ranking-table', class: 'ranking' },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, COLUMNS.map(header))),
      el('tbody', {}, entries.map(row)),
    ),
  );
}
