// The sign-in page (#/login): user name and password, POST /api/v1/auth/login; the API's own
// messages (problems[].message, vi/en) are shown as they come.

import { el, replace } from './dom.js';
import { t, tr } from './i18n.js';
import { home, login, ProblemError } from './session.js';

/** The problems of a failed call as a list of the API's messages, or a general text. */
export function problems(error) {
  const list = error instanceof ProblemError ? error.problems : [];
  if (list.length === 0) return el('p', {}, t('common.error', { status: error?.status ?? '—' }));
  return el('ul', {}, list.map((p) => el('li', {}, tr(p.message) || p.code)));
}

export function render(main, onSignedIn) {
  const username = el('input', { id: 'login-username', name: 'username', type: 'text', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = el('div', { id: 'login-error', role: 'alert', class: 'error', hidden: true });
  const button = el('button', { type: 'submit', id: 'login-submit', class: 'primary' }, t('login.submit'));
  const form = el(
    'form',
    { id: 'login-form', class: 'form narrow', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: 'login-username' }, t('login.username')), username),
    el('div', { class: 'field' }, el('label', { for: 'login-password' }, t('login.password')), password),
    status,
    el('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.hidden = true;
    if (!username.value.trim() || !password.value) {
      replace(status, t('login.required'));
      status.hidden = false;
      return;
    }
    button.disabled = true;
    try {
      const s = await login(username.value.trim(), password.value);
      password.value = '';
      await onSignedIn();
      location.hash = home(s);
    } catch (e) {
      replace(status, problems(e));
      status.hidden = false;
      button.disabled = false;
    }
  });
  replace(main, el('h1', { id: 'page-title' }, t('login.title')), el('p', { class: 'lead' }, t('login.lead')), form);
  username.focus();
}
