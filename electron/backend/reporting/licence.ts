import type { z } from 'zod';
import { PRAIS_DEFAULT_LICENCE, type saveLicenceInput, type UslLicence } from '../../../shared/reporting/licence-schema';
import type { PackageManifest } from '../../../shared/reporting/package-schema';
import { liveRows } from '../baseline/table-rows';
import type { EntityRecord } from '../db/entities';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The User Specific Licence of the report (domain-spec §1.9), or null while none is chosen. */
export function readLicence(ws: OpenWorkspace): UslLicence | null {
  const row = liveRows(ws, 'usl_licence')[0];
  return row ? toLicence(row) : null;
}

/** Chooses the licence: the one live row is updated (only changed fields reach the change log), or created. */
export function saveLicence(ws: OpenWorkspace, input: z.output<typeof saveLicenceInput>): UslLicence {
  const values = {
    licence: input.licence,
    customLicenceText: input.licence === 'custom' ? (input.customLicenceText ?? null) : null,
    aggregationPermission: input.aggregationPermission ? 1 : 0,
  } as const;
  const stored = liveRows(ws, 'usl_licence')[0];
  return toLicence(stored ? ws.mutator.update('usl_licence', stored.id, values) : ws.mutator.insert('usl_licence', values));
}

/** The licence the package states: the chosen one, else the one PRAIS applies without a USL form. */
export function packageLicence(licence: UslLicence | null): PackageManifest['licence'] {
  return licence ? { id: licence.licence, basis: 'usl' } : { id: PRAIS_DEFAULT_LICENCE, basis: 'prais_default' };
}

function toLicence(row: EntityRecord<'usl_licence'>): UslLicence {
  return { id: row.id, licence: row.licence, customLicenceText: row.customLicenceText, aggregationPermission: row.aggregationPermission === 1, updatedAt: row.updatedAt };
}

/** metadata/licence.json's own part: the package licence, with the text and the aggregation permission when chosen on the USL form. */
export function licenceMetadata(licence: UslLicence | null) {
  const { id, basis } = packageLicence(licence);
  if (!licence) return { licence: id, basis };
  return { licence: id, basis, customLicenceText: licence.customLicenceText, aggregationPermission: licence.aggregationPermission };
}
