// The public pages' entry point: the language, the static texts, and hash routing
// (#/ rankings, #/school/{publication}/{code}, #/plan[/{publication}]).

import { ApiError } from './api.js';
import { el, replace } from './dom.js';
import { language, storedLanguage, t, useLanguage } from './i18n.js';
import * as plan from './plan.js';
import * as ranking from './ranking.js';
import * as school from './school.js';

const main = document.getElementById('main');
const switcher = document.getElementById('lang');
let shownPath = null;

function parse() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch (e) {
      return '';
    }
  });
  return { path, parts, params: new URLSearchParams(query) };
}

function staticTexts() {
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  document.getElementById('nav').setAttribute('aria-label', t('nav.label'));
  const other = language() === 'vi' ? 'en' : 'vi';
  switcher.textContent = t('lang.switch');
  switcher.setAttribute('lang', other);
  switcher.setAttribute('aria-label', t('lang.switch.label'));
}

async function route() {
  const { path, parts, params } = parse();
  const page = parts[0] || 'rankings';
  for (const link of document.querySelectorAll('#nav a')) {
    const here = link.id === (page === 'plan' ? 'nav-plan' : 'nav-rankings');
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  try {
    if (page === 'school' && parts.length === 3) await school.render(main, parts[1], parts[2]);
    else if (page === 'plan') await plan.render(main, parts[1]);
    else await ranking.render(main, params);
  } catch (e) {
    const status = e instanceof ApiError ? e.status : '—';
    replace(main, el('h1', { id: 'page-title' }, t('app.name')), el('p', { class: 'error', role: 'alert' }, status === 404 && page === 'school' ? t('school.notfound') : t('common.error', { status })));
    console.warn(e);
  }
  main.removeAttribute('aria-busy');
  const title = document.getElementById('page-title');
  document.title = title ? `${title.textContent} · EduDX` : 'EduDX';
  // Moving to another page puts the focus on its content, as a page load would for a screen reader.
  if (shownPath !== null && shownPath !== parts.slice(0, 1).join('/') + parts.length) main.focus();
  shownPath = parts.slice(0, 1).join('/') + parts.length;
}

switcher.addEventListener('click', async () => {
  await useLanguage(language() === 'vi' ? 'en' : 'vi');
  staticTexts();
  await route();
  switcher.focus();
});
window.addEventListener('hashchange', route);

await useLanguage(storedLanguage());
staticTexts();
await route();
