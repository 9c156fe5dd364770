import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GenderParity } from '../../../../shared/consultations/parity';
import { useFormat } from '../../../app/i18n/useFormat';
import { useConsultationFormat } from '../useConsultationFormat';

/**
 * The working group's gender parity, with what the figure means: women over all current members,
 * people who did not say their sex included (shared/consultations/parity.ts).
 */
export function ParityFigure({ parity, headingLevel = 2 }: { parity: GenderParity; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  const { percent } = useConsultationFormat();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const n = (value: number) => format.number(value);
  return (
    <section className="panel parity" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('parity.title')}</Heading>
      {parity.shareOfWomen === null ? (
        <p>{t('parity.noMembers')}</p>
      ) : (
        <>
          <p className="parity__figure">
            {t('parity.figure', { share: percent(parity.shareOfWomen * 100), women: n(parity.women), members: n(parity.members) })}
          </p>
          <p>{t('parity.breakdown', { women: n(parity.women), men: n(parity.men), other: n(parity.other), undisclosed: n(parity.undisclosed) })}</p>
        </>
      )}
      <p className="muted">{t('parity.explanation')}</p>
      {parity.undisclosed > 0 && <p className="muted">{t('parity.undisclosedNote', { undisclosed: n(parity.undisclosed) })}</p>}
    </section>
  );
}
