// A logged-in HTTP session against the API, the way the web app holds one: the session cookie plus
// the CSRF double-submit pair (XSRF-TOKEN cookie echoed in the x-xsrf-token header).

function cookiesOf(response) {
  const cookies = {};
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const at = pair.indexOf('=');
    cookies[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return cookies;
}

export async function login(baseUrl, email, password) {
  const health = await fetch(`${baseUrl}/api/health`);
  const cookies = cookiesOf(health);
  const xsrf = cookies['XSRF-TOKEN'];
  if (!xsrf) {
    throw new Error('the API did not set an XSRF-TOKEN cookie');
  }
  const cookieHeader = () =>
    Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: cookieHeader() },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  }
  Object.assign(cookies, cookiesOf(response));
  const me = await response.json();
  const headers = {
    cookie: cookieHeader(),
    'x-xsrf-token': cookies['XSRF-TOKEN'],
    accept: 'application/json',
  };
  return {
    me,
    headers,
    get: (path, accept = 'application/json') =>
      fetch(`${baseUrl}${path}`, { headers: { ...headers, accept } }),
  };
}

/** A new organisation through the public sign-up (201), as the registration form sends it. */
export async function register(baseUrl, { organisationName, displayName, email, password }) {
  const health = await fetch(`${baseUrl}/api/health`);
  const cookies = cookiesOf(health);
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-xsrf-token': cookies['XSRF-TOKEN'] ?? '',
      cookie: Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join('; '),
    },
    body: JSON.stringify({ organisationName, displayName, email, password }),
  });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${await response.text()}`);
  }
}

/** A JSON call in `session`; anything but 2xx throws with the problem text. */
export async function call(session, baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return response.json().catch(() => null);
}
