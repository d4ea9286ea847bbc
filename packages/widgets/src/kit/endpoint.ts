/**
 * Whether an endpoint may receive a form: `https:` anywhere, `http:` only on `localhost` and `127.0.0.1` (development
 * and tests). Anything else would send a person's details in clear text or to a scheme that is not an API. Credentials
 * in the URL are refused too.
 */
export function checkEndpoint(endpoint: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(endpoint, document.baseURI);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) return url;
  return undefined;
}
