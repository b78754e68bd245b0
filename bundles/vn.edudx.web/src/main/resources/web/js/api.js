// Reads the public REST API of the same origin. Only /api/v1/public/… is used: these pages are
// for anonymous visitors and never send a token.

export class ApiError extends Error {
  constructor(status, path) {
    super(`${status} ${path}`);
    this.status = status;
  }
}

export async function get(path) {
  const url = `/api/v1/public/${path}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, url);
  return response.json();
}

/** The API's own download link (e.g. /api/v1/public/publications/x/export.csv), kept same-origin. */
export function sameOrigin(link) {
  return typeof link === 'string' && link.startsWith('/api/v1/public/') ? link : null;
}
