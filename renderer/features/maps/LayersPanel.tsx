import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/useFormat';
import { OVERLAY_OWNERS, OWNER_COLOURS, type OverlayOwner } from '../../map/ownerStyles';

interface LayersPanelProps {
  visible: ReadonlySet<OverlayOwner>;
  counts: Readonly<Partial<Record<OverlayOwner, number>>>;
  onToggle: (owner: OverlayOwner, shown: boolean) => void;
}

/** One checkbox per kind of record, with its colour and how many of them have a geometry. */
export function LayersPanel({ visible, counts, onToggle }: LayersPanelProps) {
  const { t } = useTranslation('maps');
  const format = useFormat();
  const titleId = useId();
  return (
    <fieldset className="layers-panel" aria-labelledby={titleId}>
      <legend id={titleId} className="layers-panel__title">
        {t('layers.title')}
      </legend>
      {OVERLAY_OWNERS.map((owner) => (
        <label key={owner} className="layers-panel__item">
          <input type="checkbox" checked={visible.has(owner)} onChange={(event) => onToggle(owner, event.target.checked)} />
          <span className="map-swatch" style={{ backgroundColor: OWNER_COLOURS[owner] }} aria-hidden="true" />
          {t('layers.item', { kind: t(`owner.${owner}`), number: format.number(counts[owner] ?? 0) })}
        </label>
      ))}
    </fieldset>
  );
}
