// The signed-in user: the bearer token of POST /api/v1/auth/login kept in sessionStorage (gone when
// the tab closes), sent as "Authorization: Bearer" on every call of the private API.

const STORAGE_KEY = 'edudx.session';

/** An answer of the API that was not 2xx, with the API's problems ({message: {vi, en}}). */
export class ProblemError extends Error {
  constructor(status, body) {
    super(`${status}`);
    this.status = status;
    this.problems = Array.isArray(body?.problems) ? body.problems : [];
  }
}

/** {token, expiresAt, user: {username, role, unitCode}} or null. */
export function session() {
  try {
    const s = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    if (!s || !s.token || (s.expiresAt && Date.parse(s.expiresAt) <= Date.now())) return null;
    return s;
  } catch (e) {
    return null;
  }
}

export function isSchool(s = session()) {
  return s?.user?.role === 'SCHOOL';
}

export function isOffice(s = session()) {
  return Boolean(s?.user?.role) && s.user.role !== 'SCHOOL';
}

/** Where a user lands after signing in. */
export function home(s = session()) {
  if (!s) return '#/login';
  return isSchool(s) ? '#/school' : '#/office/review';
}

export async function login(username, password) {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ProblemError(response.status, body);
  const s = { token: body.token, expiresAt: body.expiresAt, user: body.user };
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  return s;
}

/** Revokes the token on the server (best effort) and forgets it here in any case. */
export async function logout() {
  const s = session();
  window.sessionStorage.removeItem(STORAGE_KEY);
  if (s) {
    await fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${s.token}` } }).catch(() => null);
  }
}

/**
 * Calls /api/v1/{path} with the token. A 401 (expired or revoked token) forgets the session, so the
 * page sends the user to sign in again. Answers the JSON body, or null for 204.
 */
export async function call(method, path, body) {
  const s = session();
  const headers = { Accept: 'application/json' };
  if (s) headers.Authorization = `Bearer ${s.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v1/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) window.sessionStorage.removeItem(STORAGE_KEY);
  if (response.status === 204) return null;
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new ProblemError(response.status, json);
  return json;
}

/** Downloads a private file (sent with the token, so a plain link cannot do it) under its name. */
export async function download(path, filename) {
  const s = session();
  const response = await fetch(`/api/v1/${path}`, { headers: s ? { Authorization: `Bearer ${s.token}` } : {} });
  if (!response.ok) throw new ProblemError(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The school years from the current one back, newest first ("2026-2027", "2025-2026", …). */
export function schoolYears(count = 6, today = new Date()) {
  // A Vietnamese school year starts in September.
  const first = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: count }, (_, i) => `${first - i}-${first - i + 1}`);
}

/**
 * Sends a file's bytes as the body of a POST with the token; answers {status, body} whatever the
 * status, so that the page can show a 422's problems as well as a 201's delivery.
 */
export async function upload(path, blob) {
  const s = session();
  const headers = { Accept: 'application/json', 'Content-Type': 'application/octet-stream' };
  if (s) headers.Authorization = `Bearer ${s.token}`;
  const response = await fetch(`/api/v1/${path}`, { method: 'POST', headers, body: blob });
  if (response.status === 401) window.sessionStorage.removeItem(STORAGE_KEY);
  const body = await response.json().catch(() => null);
  if (response.status === 401) throw new ProblemError(401, body);
  return { status: response.status, body };
}
