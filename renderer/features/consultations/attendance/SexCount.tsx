import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../shared/consultations/codes';
import type { Person } from '../../../../shared/consultations/person';
import { useFormat } from '../../../app/i18n/useFormat';

/** The running count by sex while people are signed in; read out when it changes. */
export function SexCount({ attendees }: { attendees: readonly Pick<Person, 'sex'>[] }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  return (
    <p className="sex-count" aria-live="polite" aria-atomic="true">
      <strong>{t('attendance.total', { total: format.number(attendees.length) })}</strong>
      {SEXES.map((code) => (
        <span key={code} className="sex-count__item">
          {t('attendance.countOf', { label: t(`sex.${code}`), n: format.number(attendees.filter((a) => a.sex === code).length) })}
        </span>
      ))}
    </p>
  );
}
