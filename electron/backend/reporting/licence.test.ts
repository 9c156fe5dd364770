import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';
import { readZip, reportingWorkspace, text } from './package/test-fixture';
import { validationWorkspace } from './validate-test-fixture';

const tempBackend = useTempBackend();

/** Exports the workspace's package into a new folder and reads it back. */
function exportAndRead(w: ReturnType<typeof reportingWorkspace>, folder: string) {
  const outDir = join(w.dir, folder);
  mkdirSync(outDir);
  const { path } = w.ok('reporting.exportPackage', { outDir });
  const { manifest, files } = readZip(path);
  return { path, manifest, licenceJson: JSON.parse(text(files['metadata/licence.json'])) as Record<string, unknown> };
}

describe('reporting.saveLicence / reporting.getLicence (PRAIS User Specific Licence, §1.9)', () => {
  it('has no licence until one is chosen, then keeps the choice in one record whose changes reach the history', () => {
    const w = validationWorkspace(tempBackend);
    expect(w.ok('reporting.getLicence', {})).toBeNull();

    const first = w.ok('reporting.saveLicence', { licence: 'CC-BY-4.0', aggregationPermission: false });
    const second = w.ok('reporting.saveLicence', { licence: 'CC0-1.0', aggregationPermission: true });
    expect(second).toMatchObject({ id: first.id, licence: 'CC0-1.0', customLicenceText: null, aggregationPermission: true });
    expect(w.ok('reporting.getLicence', {})).toEqual(second);

    const history = w.ok('workspace.history', { entity: 'usl_licence' }).entries;
    expect(history.map((e) => e.operation)).toEqual(['update', 'insert']);
    expect(history[0]!.changes).toEqual([
      { field: 'licence', before: 'CC-BY-4.0', after: 'CC0-1.0' },
      { field: 'aggregationPermission', before: 0, after: 1 },
    ]);
  });

  it('refuses a custom licence without its text, at the text field, and saves nothing', () => {
    const w = validationWorkspace(tempBackend);
    const error = w.fails('reporting.saveLicence', { licence: 'custom', customLicenceText: '   ', aggregationPermission: true });
    expect(error.code).toBe('validation');
    expect(error.details?.fields).toEqual([{ path: ['customLicenceText'], messageKey: 'errors:reporting.licence.customTextRequired' }]);
    expect(w.ok('reporting.getLicence', {})).toBeNull();
  });

  it('keeps a custom licence\'s text, and drops it when another licence is chosen', () => {
    const w = validationWorkspace(tempBackend);
    const custom = w.ok('reporting.saveLicence', { licence: 'custom', customLicenceText: 'Open Government Licence – Kenya', aggregationPermission: true });
    expect(custom.customLicenceText).toBe('Open Government Licence – Kenya');
    expect(w.ok('reporting.saveLicence', { licence: 'CC-BY-4.0', customLicenceText: 'left over', aggregationPermission: true }).customLicenceText).toBeNull();
  });
});

describe('the licence in the PRAIS package', () => {
  it('states PRAIS\' default CC BY-NC 4.0 while no licence is chosen', () => {
    const w = reportingWorkspace(tempBackend);
    const { manifest, licenceJson } = exportAndRead(w, 'out');
    expect(manifest.licence).toEqual({ id: 'CC-BY-NC-4.0', basis: 'prais_default' });
    expect(licenceJson).toMatchObject({ licence: 'CC-BY-NC-4.0', basis: 'prais_default' });
    expect(licenceJson).not.toHaveProperty('aggregationPermission');
  });

  it('states the chosen licence with its text and permission, and a restored workspace has the same licence', () => {
    const w = reportingWorkspace(tempBackend);
    const chosen = w.ok('reporting.saveLicence', { licence: 'custom', customLicenceText: 'Open Government Licence – Kenya', aggregationPermission: true });
    const { path, manifest, licenceJson } = exportAndRead(w, 'out');
    expect(manifest.licence).toEqual({ id: 'custom', basis: 'usl' });
    expect(licenceJson).toMatchObject({ licence: 'custom', basis: 'usl', customLicenceText: 'Open Government Licence – Kenya', aggregationPermission: true });

    const target = tempBackend();
    target.ok('workspace.create', { ...KENYA, name: 'Restored', path: join(target.dir, 'restored.ldnw') });
    expect(target.ok('reporting.getLicence', {})).toBeNull();
    target.ok('reporting.importPackage', { path });
    expect(target.ok('reporting.getLicence', {})).toMatchObject({ licence: 'custom', customLicenceText: chosen.customLicenceText, aggregationPermission: true });
  });
});

describe('rule: permission to aggregate under a ShareAlike or custom licence (§1.9)', () => {
  it('is quiet without a licence, with CC BY without permission, and with ShareAlike when permission is given', () => {
    const w = validationWorkspace(tempBackend);
    expect(w.issues('licenceAggregationPermission')).toEqual([]);
    w.ok('reporting.saveLicence', { licence: 'CC-BY-4.0', aggregationPermission: false });
    expect(w.issues('licenceAggregationPermission')).toEqual([]);
    w.ok('reporting.saveLicence', { licence: 'CC-BY-NC-SA-4.0', aggregationPermission: true });
    expect(w.issues('licenceAggregationPermission')).toEqual([]);
  });

  it('warns, without blocking the export, when a ShareAlike licence has no permission, linking to the licence form', () => {
    const w = validationWorkspace(tempBackend);
    const licence = w.ok('reporting.saveLicence', { licence: 'CC-BY-SA-4.0', aggregationPermission: false });
    const { errors, warnings } = w.validate();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        rule: 'licenceAggregationPermission',
        severity: 'warning',
        messageKey: 'reporting:issue.licenceAggregationPermission',
        params: { licence: 'CC-BY-SA-4.0' },
        location: { section: 'licence', route: '/reporting/licence', entity: 'usl_licence', id: licence.id, field: 'aggregationPermission' },
      },
    ]);
  });

  it('warns with its own words for a custom licence without permission', () => {
    const w = validationWorkspace(tempBackend);
    w.ok('reporting.saveLicence', { licence: 'custom', customLicenceText: 'Licence of the Kenya Forest Service', aggregationPermission: false });
    expect(w.issues('licenceAggregationPermission').map((i) => [i.severity, i.messageKey])).toEqual([['warning', 'reporting:issue.licenceAggregationPermissionCustom']]);
  });
});
