import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { AttendanceSection } from '../attendance/AttendanceSection';
import { AttendanceImportButton } from '../attendance-import/AttendanceImportButton';
import { ConsultationsNav } from '../ConsultationsNav';
import { useConsultation, usePeople, useRollup } from '../consultationQueries';
import { ParticipantsBreakdown } from '../rollup/ParticipantsBreakdown';
import { PrintSignInSheetButton } from '../signin-sheet/PrintSignInSheetButton';
import { useConsultationFormat } from '../useConsultationFormat';
import { ContributionsSection } from './ContributionsSection';
import { DecisionsSection } from './DecisionsSection';
import { DetailsForm } from './DetailsForm';
import { FollowUpsSection } from './FollowUpsSection';

/** `/consultations/new` records a new consultation; `/consultations/:id` is one consultation, all of it. */
export function ConsultationEditorPage() {
  const { id } = useParams();
  return id ? <ExistingConsultation id={id} /> : <NewConsultation />;
}

function NewConsultation() {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('editor.newTitle')} intro={t('editor.newIntro')} />
      <ConsultationsNav />
      <section className="panel">
        <DetailsForm detail={null} onSaved={(saved) => void navigate(`/consultations/${saved.id}`, { replace: true })} />
      </section>
    </>
  );
}

function ExistingConsultation({ id }: { id: string }) {
  const { t } = useTranslation('consultations');
  const { dateRange } = useConsultationFormat();
  const consultation = useConsultation(id);
  const people = usePeople();
  if (consultation.isPending || people.isPending) return <LoadingState />;
  if (consultation.isError || people.isError) {
    return (
      <>
        <PageHeader title={t('editor.notFoundTitle')} />
        <ErrorAlert error={consultation.error ?? people.error} />
        <Link to="/consultations">{t('editor.backToList')}</Link>
      </>
    );
  }
  const detail = consultation.data;
  const register = people.data.items;
  return (
    <>
      <PageHeader
        title={detail.title}
        intro={t('editor.summary', { dates: dateRange(detail.startDate, detail.endDate), purpose: t(`purpose.${detail.purpose}`), status: t(`status.${detail.status}`) })}
      />
      <ConsultationsNav />
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('editor.details')}</h2>
        <DetailsForm key={detail.id} detail={detail} onSaved={() => undefined} />
      </section>
      <AttendanceSection
        detail={detail}
        people={register}
        tools={
          <>
            <AttendanceImportButton consultationId={detail.id} />
            <PrintSignInSheetButton consultationId={detail.id} />
          </>
        }
      />
      <ContributionsSection detail={detail} people={register} />
      <DecisionsSection detail={detail} />
      <FollowUpsSection detail={detail} people={register} />
      <ConsultationRollup id={detail.id} />
    </>
  );
}

function ConsultationRollup({ id }: { id: string }) {
  const { t } = useTranslation('consultations');
  const rollup = useRollup(id);
  return (
    <section className="panel" aria-labelledby="consultation-rollup-heading">
      <h2 id="consultation-rollup-heading">{t('rollup.thisConsultation')}</h2>
      {rollup.isError && <ErrorAlert error={rollup.error} />}
      {rollup.isSuccess && <ParticipantsBreakdown rollup={rollup.data.participants} />}
    </section>
  );
}
