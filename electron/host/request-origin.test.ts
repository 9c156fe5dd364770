import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from './request-origin';

describe('isAllowedHost', () => {
  it('accepts the loopback address and localhost on our port', () => {
    expect(isAllowedHost('127.0.0.1:4123', 4123)).toBe(true);
    expect(isAllowedHost('localhost:4123', 4123)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4123', 4123)).toBe(true);
  });

  it('refuses other names, other ports and a missing header', () => {
    expect(isAllowedHost('evil.example:4123', 4123)).toBe(false);
    expect(isAllowedHost('127.0.0.1.nip.io:4123', 4123)).toBe(false);
    expect(isAllowedHost('127.0.0.1:4124', 4123)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4123)).toBe(false);
    expect(isAllowedHost('[::1]:4123', 4123)).toBe(false);
    expect(isAllowedHost(undefined, 4123)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts requests without an Origin header', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:4123', 4123)).toBe(true);
  });

  it('accepts the origin the request was sent to', () => {
    expect(isAllowedOrigin('http://127.0.0.1:4123', '127.0.0.1:4123', 4123)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4123', 'localhost:4123', 4123)).toBe(true);
  });

  it('refuses other sites, other schemes, other ports and the opaque origin', () => {
    expect(isAllowedOrigin('http://evil.example', '127.0.0.1:4123', 4123)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4123', '127.0.0.1:4123', 4123)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:9999', '127.0.0.1:4123', 4123)).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:4123', 4123)).toBe(false);
  });

  it('refuses an origin that only matches a foreign Host header', () => {
    expect(isAllowedOrigin('http://evil.example:4123', 'evil.example:4123', 4123)).toBe(false);
  });
});
