import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../backend/paths';
import { parseServeOptions } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to the desktop app data folder, a free port and no browser', () => {
    expect(parseServeOptions([])).toEqual({ dataDir: defaultDataDir(), port: 0, open: false, help: false });
  });

  it('takes a data folder, a port and --open', () => {
    expect(parseServeOptions(['--data-dir', '/srv/ldn', '--port', '8080', '--open'])).toEqual({ dataDir: '/srv/ldn', port: 8080, open: true, help: false });
  });

  it.each(['abc', '-1', '65536', '80.5', ''])('refuses the port "%s"', (port) => {
    expect(() => parseServeOptions([`--port=${port}`])).toThrow(/--port must be a number from 0 to 65535/);
  });

  it('offers no way to listen beyond this computer', () => {
    expect(() => parseServeOptions(['--host', '0.0.0.0'])).toThrow(/--host/);
  });
});
