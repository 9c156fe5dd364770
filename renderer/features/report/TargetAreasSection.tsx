import { useTranslation } from 'react-i18next';
import { useCommandQuery } from '../../app/backend/commandQueries';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { OWNER_COLOURS } from '../../map/ownerStyles';
import { StaticShapes } from '../../map/StaticShapes';
import { useWorkspace } from '../workspace/workspaceQueries';
import { Bi } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';

/**
 * Where the targets lie: a still SVG figure over the country's outline (the map screen's Leaflet tiles and
 * canvas do not print reliably, nor render in printToPDF before they load), then each target's mapped area.
 */
export function TargetAreasSection() {
  const { t } = useTranslation('report');
  const format = useFormat();
  const workspace = useWorkspace();
  const layers = useCommandQuery('maps.layers', { owners: ['target'], detail: 'simplified' });
  const items = layers.data?.items ?? [];
  return (
    <ReportSection titleKey="report:areas.title">
      {layers.isPending && <LoadingState />}
      {layers.isError && <ErrorAlert error={layers.error} />}
      {layers.data && items.length === 0 && <ReportPlaceholder textKey="report:areas.empty" />}
      {items.length > 0 && (
        <figure className="report-figure">
          <StaticShapes
            countryIso3={workspace.data?.countryIso3 ?? null}
            geometries={items.map((item) => item.geometry)}
            label={t('areas.mapLabel')}
            colour={OWNER_COLOURS.target}
          />
          <figcaption className="muted">
            <Bi k="report:areas.mapCaption" />
          </figcaption>
        </figure>
      )}
      {items.length > 0 && (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col"><Bi k="report:areas.target" /></th>
              <th scope="col" className="numeric"><Bi k="report:areas.areaKm2" /></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.ownerId}>
                <th scope="row">{item.label}</th>
                <td className="numeric">{format.number(item.areaKm2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}
