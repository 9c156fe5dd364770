import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ConsultationsNav } from '../ConsultationsNav';
import { useConsultations, useRollup } from '../consultationQueries';
import { ParityFigure } from '../working-group/ParityFigure';
import { InvolvementSummary } from './InvolvementSummary';
import { ParticipantsBreakdown } from './ParticipantsBreakdown';
import { RosterExport } from './RosterExport';

/** Participation over all held consultations, or over one chosen consultation; and the export to share it. */
export function RollupPage() {
  const { t } = useTranslation('consultations');
  const id = useId();
  const consultations = useConsultations();
  const [consultationId, setConsultationId] = useState('');
  const rollup = useRollup(consultationId === '' ? undefined : consultationId);
  return (
    <>
      <PageHeader title={t('rollup.title')} intro={t('rollup.intro')} />
      <ConsultationsNav />
      <div className="table-toolbar">
        <label htmlFor={id}>{t('rollup.scope')}</label>
        <select id={id} value={consultationId} onChange={(event) => setConsultationId(event.target.value)}>
          <option value="">{t('rollup.allHeld')}</option>
          {(consultations.data?.items ?? []).map((consultation) => (
            <option key={consultation.id} value={consultation.id}>
              {consultation.title}
            </option>
          ))}
        </select>
      </div>
      {rollup.isPending && <LoadingState />}
      {rollup.isError && <ErrorAlert error={rollup.error} />}
      {rollup.isSuccess && (
        <>
          <section className="panel" aria-labelledby={`${id}-participants`}>
            <h2 id={`${id}-participants`}>{t('rollup.participantsTitle')}</h2>
            <ParticipantsBreakdown rollup={rollup.data.participants} />
          </section>
          <ParityFigure parity={rollup.data.workingGroup} />
          <InvolvementSummary summary={rollup.data.involvement} />
        </>
      )}
      <RosterExport />
    </>
  );
}
