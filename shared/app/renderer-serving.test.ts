import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './renderer-serving';

describe('contentTypeFor', () => {
  it('names the types a Vite build emits, whatever the case of the extension', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-a1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/noto-sans-arabic.WOFF2')).toBe('font/woff2');
  });

  it('sends anything else as opaque bytes', () => {
    expect(contentTypeFor('/r/assets/data.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('/r/README')).toBe('application/octet-stream');
  });
});
