/**
 * Sent as a response header with everything served on app://ldn (a header, unlike a <meta> tag, also
 * covers frame-ancestors and workers). 'self' is app://ldn. Styles allow 'unsafe-inline' because
 * React `style` props and Leaflet position elements with inline styles; scripts never run inline.
 * Images and fonts also accept data: and blob: (bundled small assets, map tiles decoded in memory).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
