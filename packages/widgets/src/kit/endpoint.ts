/**
 * Whether an endpoint may receive a form: `https:` anywhere, `http:` only on `localhost` and `127.0.0.1` (development
 * and tests). Anything else would send a person's details in clear text or to a scheme that is not an API. Credentials
 * in the URL are refused too, and so is anything that resolves to the page itself (`""`, `" "`, `"#"`, `"?x=1"`): that
 * would post the envelope to the page's own URL, query string included.
 */
export function checkEndpoint(endpoint: unknown): URL | undefined {
  if (typeof endpoint !== 'string') return undefined;
  const given = endpoint.trim();
  if (given === '' || given.startsWith('#') || given.startsWith('?')) return undefined;
  let url: URL;
  try {
    url = new URL(given, document.baseURI);
  } catch {
    return undefined;
  }
  const page = new URL(location.href);
  if (url.origin === page.origin && url.pathname === page.pathname) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) return url;
  return undefined;
}
