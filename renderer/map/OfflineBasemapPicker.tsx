import { FileSource, PMTiles, TileType } from 'pmtiles';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfflineBasemap } from './offlineBasemapStore';

const RASTER_TILES: readonly TileType[] = [TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif];

/**
 * Lets the user show imagery or a topographic map from a PMTiles archive on this computer. The file is read
 * in place by the browser (byte ranges of a local File): nothing is uploaded and no tile server is asked.
 */
export function OfflineBasemapPicker() {
  const { t } = useTranslation('maps');
  const inputId = useId();
  const { file, choose } = useOfflineBasemap();
  const [problem, setProblem] = useState<'notPmtiles' | 'notRaster' | null>(null);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    try {
      const header = await new PMTiles(new FileSource(chosen)).getHeader();
      if (!RASTER_TILES.includes(header.tileType)) {
        setProblem('notRaster');
        return;
      }
    } catch {
      setProblem('notPmtiles');
      return;
    }
    setProblem(null);
    choose(chosen);
  };

  return (
    <div className="offline-basemap field">
      <label className="field__label" htmlFor={inputId}>
        {t('basemap.chooseLabel')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".pmtiles"
        aria-describedby={`${inputId}-help`}
        onChange={(event) => void onChange(event)}
      />
      <p id={`${inputId}-help`} className="field__help">
        {file ? t('basemap.showing', { file: file.name }) : t('basemap.help')}
      </p>
      {problem && (
        <p role="alert" className="field__error">
          {t(`basemap.${problem}`)}
        </p>
      )}
      {file && (
        <button type="button" className="button" onClick={() => choose(null)}>
          {t('basemap.remove')}
        </button>
      )}
    </div>
  );
}
