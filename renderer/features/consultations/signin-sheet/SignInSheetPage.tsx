import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AGE_BANDS, SECTORS } from '../../../../shared/consultations/codes';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { useConsultation } from '../consultationQueries';
import { useConsultationFormat } from '../useConsultationFormat';
import { SignInTable } from './SignInTable';
import './sign-in-sheet.css';

/**
 * A blank sign-in sheet to print for a workshop, in the active language: the consultation, the consent
 * people give by signing, and numbered rows whose columns match what the attendance import reads back.
 */
export function SignInSheetPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['attendance', 'consultations']);
  const format = useConsultationFormat();
  const consultation = useConsultation(id);

  const toolbar = (
    <div className="sign-in-sheet__toolbar">
      <Link className="button" to={`/consultations/${id}`}>
        {t('signInSheet.back')}
      </Link>
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('signInSheet.print')}
      </button>
    </div>
  );
  if (consultation.isPending) return <LoadingState />;
  if (consultation.isError) {
    return (
      <main className="sign-in-sheet">
        {toolbar}
        <ErrorAlert error={consultation.error} />
      </main>
    );
  }
  const { title, startDate, endDate, place } = consultation.data;
  const bands = AGE_BANDS.filter((band) => band !== 'undisclosed').map((band) => t(`consultations:ageBand.${band}`));
  return (
    <main className="sign-in-sheet">
      {toolbar}
      <article className="sign-in-sheet__page" lang={i18n.language} dir={i18n.dir()}>
        <header className="sign-in-sheet__header">
          <p className="sign-in-sheet__kind">{t('signInSheet.title')}</p>
          <h1>{title}</h1>
          <dl className="sign-in-sheet__facts">
            <div>
              <dt>{t('signInSheet.date')}</dt>
              <dd>{format.dateRange(startDate, endDate)}</dd>
            </div>
            {place && (
              <div>
                <dt>{t('signInSheet.place')}</dt>
                <dd>{place}</dd>
              </div>
            )}
          </dl>
        </header>
        <section className="sign-in-sheet__consent" aria-labelledby="sign-in-consent">
          <h2 id="sign-in-consent">{t('signInSheet.consentHeading')}</h2>
          <p>{t('signInSheet.consent')}</p>
          <p>{t('signInSheet.tickHint')}</p>
        </section>
        <SignInTable />
        <footer className="sign-in-sheet__legend">
          <p>{t('signInSheet.ageBands', { bands: bands.join(' · ') })}</p>
          <p>{t('signInSheet.sectors', { sectors: SECTORS.map((sector) => t(`consultations:sector.${sector}`)).join(' · ') })}</p>
          <p>{t('signInSheet.iplcMeaning')}</p>
        </footer>
      </article>
    </main>
  );
}
