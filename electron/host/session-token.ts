import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that carries the per-run token once the user has opened the printed link. */
export const SESSION_COOKIE = 'ldn_session';

/** Header for scripts and tests that call the API without a browser's cookie jar. */
export const TOKEN_HEADER = 'x-ldn-token';

/** A fresh token per run: 32 random bytes, URL-safe so it can sit in the printed link as is. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares candidates with the run's token in constant time. Both sides are hashed first, because
 * `timingSafeEqual` needs equal lengths and comparing lengths directly would leak the token's length.
 */
export function tokenMatcher(token: string): (candidate: string | undefined) => boolean {
  const expected = sha256(token);
  return (candidate) => candidate !== undefined && timingSafeEqual(sha256(candidate), expected);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The value of one cookie in a `Cookie` request header, or undefined. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (cookieHeader === undefined) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** HttpOnly: page scripts never see the token. SameSite=Strict: other sites' requests do not carry it. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
