import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GeometryEditor } from './GeometryEditor';

interface TransitionRegionShapesProps {
  /** The saved regions of the transition matrix (SO1-1.T3); unsaved rows have no id to hang a shape on. */
  regions: readonly { id: string; name: string }[];
}

/** Where each region with its own transition matrix lies: one region's shape at a time, chosen from a list. */
export function TransitionRegionShapes({ regions }: TransitionRegionShapesProps) {
  const { t } = useTranslation('maps');
  const selectId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = regions.find((region) => region.id === chosenId) ?? regions[0];
  if (!chosen) return null;
  return (
    <section className="card stack" aria-label={t('regions.title')}>
      <h3>{t('regions.title')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('regions.choose')}
        </label>
        <select id={selectId} value={chosen.id} onChange={(event) => setChosenId(event.target.value)}>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <GeometryEditor key={chosen.id} ownerEntity="transition_region" ownerId={chosen.id} ownerLabel={chosen.name} headingLevel={3} />
    </section>
  );
}
