import { useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract';
import type { ImportedFileInput } from '../../../../shared/files';
import type { ZoneImportMapping } from '../../../../shared/plans/schema';
import { useBackend } from '../../../app/backend/BackendContext';
import { useImportZones } from '../planQueries';

export type ZoneFile = Extract<ImportedFileInput, { bytesBase64: string }>;
export type ZoneImportPreview = CommandOutput<'plans.previewZoneImport'>;

/**
 * The steps of one zone import: read the file (a preview, nothing written), change the attribute mapping
 * (read again), untick features, confirm. Only the confirm writes, and it writes all chosen zones or none.
 */
export function useZoneImport(planId: string, onImported: (createdCount: number) => void) {
  const backend = useBackend();
  const [file, setFile] = useState<ZoneFile | null>(null);
  const [answer, setAnswer] = useState<ZoneImportPreview | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [reading, setReading] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const importing = useImportZones();

  async function read(next: ZoneFile, mapping?: ZoneImportMapping) {
    setReading({ pending: true, error: null });
    try {
      const preview = await backend.call('plans.previewZoneImport', { planId, file: next, ...(mapping ? { mapping } : {}) });
      setFile(next);
      setAnswer(preview);
      setExcluded(new Set());
      setReading({ pending: false, error: null });
    } catch (error) {
      setReading({ pending: false, error });
    }
  }

  // A feature with a problem cannot be imported: it is listed with its reasons, never chosen.
  const importable = answer?.zones.filter((zone) => zone.problems.length === 0) ?? [];
  const selected = importable.filter((zone) => !excluded.has(zone.index)).map((zone) => zone.index);

  return {
    answer,
    reading,
    importing,
    selected,
    isSelected: (index: number) => !excluded.has(index),
    readFile: (next: ZoneFile) => {
      // A new file replaces the old one at once: if it cannot be read, the old features must not stay importable.
      setFile(null);
      setAnswer(null);
      return read(next);
    },
    remap: (mapping: ZoneImportMapping) => (file ? read(file, mapping) : Promise.resolve()),
    toggle: (index: number) =>
      setExcluded((current) => {
        const next = new Set(current);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    confirm: () => {
      if (!file || !answer || selected.length === 0) return;
      importing.mutate(
        { planId, file, mapping: answer.mapping, featureIndexes: selected },
        { onSuccess: ({ createdCount }) => onImported(createdCount) },
      );
    },
  };
}

export type ZoneImport = ReturnType<typeof useZoneImport>;
