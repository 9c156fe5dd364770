import { describe, expect, it } from 'vitest';
import { withWorkspaceExtension, workspaceFileName } from './workspace-file-name';

describe('workspaceFileName', () => {
  it('proposes the workspace name with the .ldnw extension', () => {
    expect(workspaceFileName('Kenya national LDN')).toBe('Kenya national LDN.ldnw');
    expect(workspaceFileName('República de Panamá')).toBe('República de Panamá.ldnw');
    expect(workspaceFileName('الأردن')).toBe('الأردن.ldnw');
  });

  it('drops characters that are not allowed in file names, so no folder can be named through it', () => {
    expect(workspaceFileName('Kenya: national/sub-national LDN?')).toBe('Kenya national sub-national LDN.ldnw');
    expect(workspaceFileName('..\\..\\Windows\\evil')).toBe('Windows evil.ldnw');
    expect(workspaceFileName('a\u0000b\nc')).toBe('a b c.ldnw');
  });

  it('avoids names Windows reserves for devices', () => {
    expect(workspaceFileName('CON')).toBe('CON_.ldnw');
    expect(workspaceFileName('lpt1')).toBe('lpt1_.ldnw');
  });

  it('keeps the name short enough for every file system', () => {
    expect(workspaceFileName('x'.repeat(200))).toBe(`${'x'.repeat(120)}.ldnw`);
  });

  it('proposes nothing when no usable character is left', () => {
    expect(workspaceFileName(undefined)).toBe('');
    expect(workspaceFileName('  ')).toBe('');
    expect(workspaceFileName('...')).toBe('');
    expect(workspaceFileName('???')).toBe('');
  });
});

describe('withWorkspaceExtension', () => {
  it('adds .ldnw when the dialog did not', () => {
    expect(withWorkspaceExtension('/home/amina/Kenya')).toBe('/home/amina/Kenya.ldnw');
    expect(withWorkspaceExtension('/home/amina/Kenya.v2')).toBe('/home/amina/Kenya.v2.ldnw');
  });

  it('keeps a name that already has it, in any case', () => {
    expect(withWorkspaceExtension('C:\\Users\\Amina\\Kenya.ldnw')).toBe('C:\\Users\\Amina\\Kenya.ldnw');
    expect(withWorkspaceExtension('/data/KENYA.LDNW')).toBe('/data/KENYA.LDNW');
  });
});
