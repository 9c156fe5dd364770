import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useExportRoster } from '../consultationQueries';
import { localToday } from '../useConsultationFormat';
import { downloadText } from './downloadText';
import { useRosterLabels } from './rosterLabels';

/**
 * The consultations as a CSV file to share. Anonymised unless the user ticks the opt-in, which shows
 * what naming people means before the button does it. File names stay ASCII: they travel by e-mail and
 * across systems that mangle other characters.
 */
export function RosterExport() {
  const { t } = useTranslation('consultations');
  const id = useId();
  const labels = useRosterLabels();
  const exportRoster = useExportRoster();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [includeNames, setIncludeNames] = useState(false);

  const run = () =>
    exportRoster.mutate(
      { includeNames, labels },
      {
        onSuccess: ({ csv, rowCount }) => {
          downloadText(`ldn-consultations-${includeNames ? 'names' : 'counts'}-${localToday()}.csv`, csv);
          showSnackbar({ text: includeNames ? t('export.doneNames', { count: rowCount }) : t('export.doneCounts', { count: rowCount }) });
        },
      },
    );

  return (
    <section className="panel stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={includeNames} aria-describedby={includeNames ? `${id}-warning` : undefined} onChange={(event) => setIncludeNames(event.target.checked)} />
        <span>{t('export.includeNames')}</span>
      </label>
      {includeNames && (
        <div id={`${id}-warning`} className="roster-export__warning">
          <p>
            <strong>{t('export.warningTitle')}</strong> {t('export.warning')}
          </p>
          <p>{t('export.neverNamed')}</p>
        </div>
      )}
      {exportRoster.isError && <ErrorAlert title={t('export.failed')} error={exportRoster.error} />}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={exportRoster.isPending} onClick={run}>
          {includeNames ? t('export.runNames') : t('export.runCounts')}
        </button>
      </div>
    </section>
  );
}
