import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../../../shared/consultations/consultation';
import { useFormat } from '../../../app/i18n/useFormat';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { useRollup } from '../consultationQueries';
import { useConsultationFormat } from '../useConsultationFormat';

interface ConsultationsTableProps {
  items: readonly Consultation[];
  onDelete: (consultation: Consultation) => void;
}

export function ConsultationsTable({ items, onDelete }: ConsultationsTableProps) {
  const { t } = useTranslation('consultations');
  const { dateRange } = useConsultationFormat();
  return (
    <TableScroll label={t('list.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.dates')}</th>
            <th scope="col">{t('field.title')}</th>
            <th scope="col">{t('field.purpose')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col" className="numeric">
              {t('list.participants')}
            </th>
            <RowActionsHeader label={t('register.actions')} />
          </tr>
        </thead>
        <tbody>
          {items.map((consultation) => (
            <tr key={consultation.id}>
              <td>{dateRange(consultation.startDate, consultation.endDate)}</td>
              <th scope="row">
                <Link to={`/consultations/${consultation.id}`}>{consultation.title}</Link>
              </th>
              <td>{t(`purpose.${consultation.purpose}`)}</td>
              <td>{t(`status.${consultation.status}`)}</td>
              <ParticipantsCell consultationId={consultation.id} />
              <RowActionsCell align="start" remove={{ label: t('list.delete', { title: consultation.title }), onClick: () => onDelete(consultation) }} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Distinct people who attended, from the consultation's own roll-up (the list carries no counts). */
function ParticipantsCell({ consultationId }: { consultationId: string }) {
  const format = useFormat();
  const rollup = useRollup(consultationId);
  return <td className="numeric">{rollup.data ? format.number(rollup.data.participants.participants) : ''}</td>;
}
