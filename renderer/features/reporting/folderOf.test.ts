import { describe, expect, it } from 'vitest';
import { folderOf } from './folderOf';

describe('folderOf', () => {
  it('cuts the file name off POSIX and Windows paths', () => {
    expect(folderOf('/home/amina/LDN/kenya.ldnw')).toBe('/home/amina/LDN');
    expect(folderOf('C:\\Users\\amina\\LDN\\kenya.ldnw')).toBe('C:\\Users\\amina\\LDN');
  });

  it('keeps the root of a file that sits in it', () => {
    expect(folderOf('/kenya.ldnw')).toBe('/');
    expect(folderOf('C:\\kenya.ldnw')).toBe('C:\\');
  });
});
