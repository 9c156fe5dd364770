import { describe, expect, it } from 'vitest';
import { cookieValue, newSessionToken, tokenMatcher } from './session-token';

describe('tokenMatcher', () => {
  const matches = tokenMatcher('s3cret-token');

  it('accepts exactly the run token', () => {
    expect(matches('s3cret-token')).toBe(true);
  });

  it('refuses other values, prefixes, longer values and a missing value', () => {
    expect(matches('s3cret-tokeN')).toBe(false);
    expect(matches('s3cret')).toBe(false);
    expect(matches('s3cret-token-and-more')).toBe(false);
    expect(matches('')).toBe(false);
    expect(matches(undefined)).toBe(false);
  });
});

describe('newSessionToken', () => {
  it('is URL-safe and different on every run', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });
});

describe('cookieValue', () => {
  it('finds the named cookie among others', () => {
    expect(cookieValue('theme=dark; ldn_session=abc; lang=fr', 'ldn_session')).toBe('abc');
    expect(cookieValue('ldn_session=abc', 'ldn_session')).toBe('abc');
  });

  it('does not confuse cookies whose names merely contain ours', () => {
    expect(cookieValue('old_ldn_session=abc; ldn_session_x=def', 'ldn_session')).toBeUndefined();
  });

  it('returns undefined without a Cookie header or a well-formed pair', () => {
    expect(cookieValue(undefined, 'ldn_session')).toBeUndefined();
    expect(cookieValue('ldn_session', 'ldn_session')).toBeUndefined();
  });
});
