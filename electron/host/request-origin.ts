/**
 * DNS-rebinding and cross-site defences. The host listens on 127.0.0.1 only, but a web page on another
 * site can still make a browser send requests there (by rebinding its own name to 127.0.0.1, or by
 * posting a form). Such requests carry that site's name in `Host` or `Origin`, so we answer only to our
 * own names.
 */

/** The `Host` header values under which this server may be reached: `127.0.0.1:PORT`, `localhost:PORT`. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * An `Origin` header is absent on same-origin navigations and present on scripted requests; when it is
 * there it must be the page's own origin, i.e. the same name the request was sent to.
 * `Origin: null` (sandboxed frames, file:// pages) is refused.
 */
export function isAllowedOrigin(originHeader: string | undefined, hostHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return (
    hostHeader !== undefined &&
    isAllowedHost(hostHeader, port) &&
    originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`
  );
}
