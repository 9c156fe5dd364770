import { describe, expect, it } from 'vitest';
import { backendProcessArgs, parseBackendProcessArgs } from './backend-process-args';

describe('backend process arguments', () => {
  it('carry the data folder and version to the utility process, whatever precedes them in argv', () => {
    const options = { dataDir: 'C:\\Users\\Amina\\AppData\\Roaming\\LDN Workbench', appVersion: '0.1.0' };
    const argv = ['/opt/LDN Workbench/ldn-workbench', '/app/out/main/backend-process.js', ...backendProcessArgs(options)];
    expect(parseBackendProcessArgs(argv)).toEqual(options);
  });

  it('keep "=" inside a path', () => {
    expect(parseBackendProcessArgs(backendProcessArgs({ dataDir: '/home/a=b/data', appVersion: '1.0.0' }))?.dataDir).toBe('/home/a=b/data');
  });

  it('are refused when one is missing or empty', () => {
    expect(parseBackendProcessArgs(['--data-dir=/data'])).toBeNull();
    expect(parseBackendProcessArgs(['--data-dir=', '--app-version=0.1.0'])).toBeNull();
  });
});
