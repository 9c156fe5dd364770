import { useTranslation } from 'react-i18next';
import { useCommandMutation } from '../../app/backend/commandQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAppInfo } from '../workspace/workspaceQueries';

/**
 * "Print or save as PDF". The browser's print dialog offers both; the desktop app asks main to save the
 * page with Chromium's printToPDF (A4, the report's print CSS) where the user chooses.
 */
export function PrintButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation('report');
  const appInfo = useAppInfo();
  const savePdf = useCommandMutation('app.printToPdf');
  const print = () => {
    if (appInfo.data?.mode === 'electron') savePdf.mutate({ suggestedName: fileName });
    else window.print();
  };
  return (
    <>
      <button type="button" className="button button--primary" onClick={print} disabled={savePdf.isPending}>
        {t('toolbar.print')}
      </button>
      {savePdf.isError && <ErrorAlert error={savePdf.error} />}
      <p role="status" className="report-toolbar__status">
        {savePdf.data?.path ? t('toolbar.saved', { path: savePdf.data.path }) : ''}
      </p>
    </>
  );
}
