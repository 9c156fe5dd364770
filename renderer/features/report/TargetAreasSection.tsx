import { useCommandQuery } from '../../app/backend/commandQueries';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Bi } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';

/**
 * Where the targets lie. The map screen draws with Leaflet, whose tiles and canvas do not print reliably
 * (nor render in printToPDF before they load), so the report lists each target's mapped area instead.
 */
export function TargetAreasSection() {
  const format = useFormat();
  const layers = useCommandQuery('maps.layers', { owners: ['target'], detail: 'simplified' });
  const items = layers.data?.items ?? [];
  return (
    <ReportSection titleKey="report:areas.title">
      <p className="muted">
        <Bi k="report:areas.mapNote" />
      </p>
      {layers.isPending && <LoadingState />}
      {layers.isError && <ErrorAlert error={layers.error} />}
      {layers.data && items.length === 0 && <ReportPlaceholder textKey="report:areas.empty" />}
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
