import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geometry, GeometryOwnerRef } from '../../../shared/maps/schema';
import { useCommandQuery } from '../../app/backend/commandQueries';
import { useSnackbarStore } from '../../components/snackbarStore';
import { DrawingMap, type DrawingMode } from '../../map/DrawingMap';
import { OWNER_COLOURS } from '../../map/ownerStyles';
import { refusalReason } from './geometryError';
import { GeometryImportDialog } from './GeometryImportDialog';
import { useGeometry, useRemoveGeometry, useRestoreGeometry, useSetGeometry } from './mapsQueries';
import { useAreaFormat } from './useAreaFormat';

interface GeometryEditorProps extends GeometryOwnerRef {
  /** The record's name, for the map's accessible name and the messages ("Area of Mwingi terraces removed"). */
  ownerLabel: string;
  /** Heading level that fits the page the editor sits in. */
  headingLevel?: 2 | 3;
}

/**
 * One record's geometry: shown on a small map, drawn (an area or a point), edited vertex by vertex,
 * imported from a file, or removed with undo. Every change is saved at once through `maps.*`.
 */
export function GeometryEditor({ ownerEntity, ownerId, ownerLabel, headingLevel = 2 }: GeometryEditorProps) {
  const { t, i18n } = useTranslation(['maps', 'common']);
  const owner = { ownerEntity, ownerId };
  const headingId = useId();
  const area = useAreaFormat();
  const current = useGeometry(owner);
  // The area of interest frames every small map, except the one that edits it.
  const layers = useCommandQuery('maps.layers', { owners: ['workspace'], detail: 'simplified' });
  const setGeometry = useSetGeometry();
  const remove = useRemoveGeometry();
  const restore = useRestoreGeometry();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [mode, setMode] = useState<DrawingMode>('view');
  const [edited, setEdited] = useState<Geometry | null>(null);
  const [importing, setImporting] = useState(false);

  const saved = current.data?.geometry ?? null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const failure = setGeometry.error ?? remove.error ?? restore.error;
  const aoi = ownerEntity === 'workspace' ? null : (layers.data?.areaOfInterest ?? null);

  const startMode = (next: DrawingMode) => {
    setGeometry.reset();
    setEdited(null);
    setMode(next);
  };
  const save = (geometry: Geometry) => setGeometry.mutate({ ...owner, geometry }, { onSuccess: () => startMode('view') });
  const removeGeometry = () =>
    remove.mutate(owner, {
      onSuccess: ({ id }) =>
        showSnackbar({
          text: t('editor.removed', { name: ownerLabel }),
          action: { label: t('common:undo'), run: () => restore.mutate({ id }) },
        }),
    });

  return (
    <section className="geometry-editor" aria-labelledby={headingId}>
      <Heading id={headingId}>{ownerEntity === 'workspace' ? t('owner.workspace') : t('editor.title')}</Heading>
      <p className="geometry-editor__area">
        {saved
          ? saved.geometry.type === 'Point' || saved.geometry.type === 'MultiPoint'
            ? t('editor.point')
            : t('editor.area', { area: area.both(saved.areaKm2) })
          : t('editor.none')}
        {saved?.sourceFile && <> · {t('editor.importedFrom', { file: saved.sourceFile })}</>}
      </p>
      <DrawingMap
        label={t('editor.mapLabel', { name: ownerLabel })}
        geometry={saved?.geometry ?? null}
        areaOfInterest={aoi?.geometry ?? null}
        frame={aoi?.bbox ?? null}
        colour={OWNER_COLOURS[ownerEntity]}
        mode={mode}
        onDrawn={save}
        onEdited={setEdited}
      />
      {mode === 'polygon' && <p className="geometry-editor__hint">{t('editor.hintPolygon')}</p>}
      {mode === 'marker' && <p className="geometry-editor__hint">{t('editor.hintMarker')}</p>}
      {mode === 'edit' && <p className="geometry-editor__hint">{t('editor.hintEdit')}</p>}
      {failure && (
        <p role="alert" className="field__error">
          {refusalReason(failure, i18n)}
        </p>
      )}
      <div className="geometry-editor__actions">
        {mode === 'view' ? (
          <>
            <button type="button" className="button" onClick={() => startMode('polygon')}>
              {saved ? t('editor.redraw') : t('editor.drawArea')}
            </button>
            <button type="button" className="button" onClick={() => startMode('marker')}>
              {t('editor.placePoint')}
            </button>
            {saved && (saved.geometry.type === 'Polygon' || saved.geometry.type === 'MultiPolygon') && (
              <button type="button" className="button" onClick={() => startMode('edit')}>
                {t('editor.editShape')}
              </button>
            )}
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('editor.import')}
            </button>
            {saved && (
              <button type="button" className="button button--quiet" disabled={remove.isPending} onClick={removeGeometry}>
                {t('editor.remove')}
              </button>
            )}
          </>
        ) : (
          <>
            {mode === 'edit' && (
              <button
                type="button"
                className="button button--primary"
                disabled={!edited || setGeometry.isPending}
                onClick={() => edited && save(edited)}
              >
                {t('editor.saveShape')}
              </button>
            )}
            <button type="button" className="button" onClick={() => startMode('view')}>
              {mode === 'edit' ? t('editor.cancelEdit') : t('editor.cancelDrawing')}
            </button>
          </>
        )}
      </div>
      <GeometryImportDialog
        owner={owner}
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => showSnackbar({ text: t('editor.imported', { name: ownerLabel }) })}
      />
    </section>
  );
}
