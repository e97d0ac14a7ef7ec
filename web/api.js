/**
 * The page's API client: JSON over `fetch`, the bearer token kept in `sessionStorage` (this tab only), and
 * `If-Match` for reviews. Errors come back as `ApiError` carrying the status and the API's one-line message.
 */

const TOKEN_KEY = 'newsfacts_token';

let token = sessionStorage.getItem(TOKEN_KEY) ?? '';

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

export function currentToken() {
  return token;
}

/** Keeps the token for this tab and, for bull-board's own page (which sends no header), as a cookie under /admin. */
export function storeToken(value) {
  token = value;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
    document.cookie = `${TOKEN_KEY}=${encodeURIComponent(value)}; path=/admin; SameSite=Strict${secure}`;
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
    document.cookie = `${TOKEN_KEY}=; path=/admin; SameSite=Strict; Max-Age=0${secure}`;
  }
}

/**
 * Calls the API. `ifMatch` is a revision number, sent quoted as the ETag gave it.
 * @throws {ApiError} on a non-2xx answer (status and the body's message), or status 0 when the server is unreachable
 */
export async function api(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch !== undefined) headers['if-match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, `cannot reach the server (${error.message})`, null);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.message ?? `HTTP ${response.status}`, data);
  return data;
}
