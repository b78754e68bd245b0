// The pages' entry point: the language, the static texts, the signed-in user's links, and hash
// routing: public #/ rankings, #/school/{publication}/{code}, #/plan[/{publication}]; signed in
// #/login, #/school (a school's portal), #/school/scores (its scores), #/office/review (the office's
// review queue), #/office/collectors (the office console's collectors and imports).

import { ApiError } from './api.js';
import { el, replace } from './dom.js';
import { language, storedLanguage, t, useLanguage } from './i18n.js';
import * as collectors from './collectors.js';
import * as login from './login.js';
import * as plan from './plan.js';
import * as portal from './portal.js';
import * as ranking from './ranking.js';
import * as review from './review.js';
import * as scores from './scores.js';
import * as school from './school.js';
import { home, isOffice, isSchool, logout, ProblemError, session } from './session.js';

const main = document.getElementById('main');
const switcher = document.getElementById('lang');
const signOut = document.getElementById('logout');
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
  sessionLinks();
}

/** Sign in when signed out; the user's own page and sign-out when signed in. */
function sessionLinks() {
  const s = session();
  const own = document.getElementById('nav-home');
  document.getElementById('nav-scores').hidden = !isSchool(s);
  document.getElementById('nav-login').hidden = Boolean(s);
  own.hidden = !s;
  signOut.hidden = !s;
  document.getElementById('nav-console').hidden = !isOffice(s);
  if (s) {
    own.setAttribute('href', home(s));
    own.textContent = t(isSchool(s) ? 'nav.school' : 'nav.review');
    signOut.setAttribute('aria-label', t('nav.logout.label', { user: s.user.username }));
  }
}

/** The page of a route that needs a signed-in user of a kind; else to the sign-in page. */
function signedIn(allowed) {
  if (allowed(session())) return true;
  location.hash = '#/login';
  return false;
}

async function route() {
  const { path, parts, params } = parse();
  const page = parts[0] || 'rankings';
  const scoresPage = page === 'school' && parts.length === 2 && parts[1] === 'scores';
  const privatePage = page === 'login' || page === 'office' || (page === 'school' && parts.length === 1) || scoresPage;
  const current = scoresPage
    ? 'nav-scores'
    : page === 'office' && parts[1] === 'collectors'
      ? 'nav-console'
      : { plan: 'nav-plan', login: 'nav-login' }[page] || (privatePage ? 'nav-home' : 'nav-rankings');
  sessionLinks();
  for (const link of document.querySelectorAll('#nav a')) {
    const here = link.id === current;
    if (here) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  try {
    if (page === 'school' && parts.length === 3) await school.render(main, parts[1], parts[2]);
    else if (page === 'login') login.render(main, async () => sessionLinks());
    else if (scoresPage) {
      if (signedIn(isSchool)) await scores.render(main, params);
    } else if (page === 'school' && parts.length === 1) {
      if (signedIn(isSchool)) await portal.render(main, params);
    } else if (page === 'office' && parts[1] === 'review') {
      if (signedIn(isOffice)) await review.render(main, params);
    } else if (page === 'office' && parts[1] === 'collectors') {
      if (signedIn(isOffice)) await collectors.render(main);
    } else if (page === 'plan') await plan.render(main, parts[1]);
    else await ranking.render(main, params);
  } catch (e) {
    const status = e instanceof ApiError || e instanceof ProblemError ? e.status : '—';
    if (e instanceof ProblemError && e.status === 401 && privatePage) {
      sessionLinks();
      location.hash = '#/login';
      return;
    }
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
signOut.addEventListener('click', async () => {
  await logout();
  sessionLinks();
  if (location.hash === '#/login') await route();
  else location.hash = '#/login';
});
window.addEventListener('hashchange', route);

await useLanguage(storedLanguage());
staticTexts();
await route();
