import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { AnticipatedLoss, LandTypeResult, ObservedLandTypeBalance, ResponseMeasure } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { BalanceChart } from './BalanceChart';
import { BalanceStatus } from './BalanceStatus';
import type { EntryDialogTarget } from './EntryDialog';
import { LossStep, MeasureStep } from './LandTypeWorksheet';
import { PlannedObservedTable } from './ObservedBalance';

/** The guided order: the losses, the response in the order of the hierarchy, then where the land type stands. */
export const GUIDED_STEPS = ['losses', 'avoid', 'reduce', 'reverse', 'result'] as const;

export interface GuidedLandType {
  landType: LandType;
  losses: readonly AnticipatedLoss[];
  measures: readonly ResponseMeasure[];
  result: LandTypeResult | undefined;
  /** Observed from Trends.Earth, if imported: shown beside the planned result. */
  observed: ObservedLandTypeBalance | undefined;
}

interface GuidedWorksheetProps {
  items: readonly GuidedLandType[];
  targetYear: number | undefined;
  onOpen: (target: EntryDialogTarget) => void;
  onDeleteLoss: (loss: AnticipatedLoss) => void;
  onDeleteMeasure: (measure: ResponseMeasure) => void;
  onFinish: () => void;
}

/**
 * Workshop mode: one land type at a time, one step at a time, in large type for a projector. Next and
 * Back are ordinary buttons, and each move puts the keyboard focus on the new step's heading.
 */
export function GuidedWorksheet({ items, targetYear, onOpen, onDeleteLoss, onDeleteMeasure, onFinish }: GuidedWorksheetProps) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const [position, setPosition] = useState({ landType: 0, step: 0 });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [position]);

  const index = Math.min(position.landType, items.length - 1);
  const current = items[index];
  if (!current) return null;
  const step = GUIDED_STEPS[position.step] ?? 'losses';
  const last = index === items.length - 1 && position.step === GUIDED_STEPS.length - 1;
  const first = index === 0 && position.step === 0;
  const move = (delta: 1 | -1) => {
    moved.current = true;
    setPosition(({ step: stepIndex }) => {
      const next = stepIndex + delta;
      if (next >= GUIDED_STEPS.length) return { landType: index + 1, step: 0 };
      if (next < 0) return { landType: index - 1, step: GUIDED_STEPS.length - 1 };
      return { landType: index, step: next };
    });
  };
  const { landType } = current;

  return (
    <section className="guided" aria-labelledby="guided-step-title">
      <p className="guided__progress">
        {t('guided.landTypeOf', { number: format.number(index + 1), count: format.number(items.length) })}
        {' · '}
        {t('guided.stepOf', { number: format.number(position.step + 1), count: format.number(GUIDED_STEPS.length) })}
      </p>
      <h2 id="guided-step-title" ref={headingRef} tabIndex={-1} className="guided__title">
        {t('guided.heading', {
          landType: t('landTypeHeading', { code: landType.code, name: landType.name }),
          step: step === 'result' ? t('guided.result') : t(`step.${step}.title`),
        })}
      </h2>
      <p className="guided__prompt">{t(`guided.prompt.${step}`)}</p>
      <div className="guided__body">
        {step === 'losses' && <LossStep landType={landType} losses={current.losses} onOpen={onOpen} onDelete={onDeleteLoss} />}
        {(step === 'avoid' || step === 'reduce' || step === 'reverse') && (
          <MeasureStep
            landType={landType}
            level={step}
            measures={current.measures.filter((measure) => measure.level === step)}
            onOpen={onOpen}
            onDelete={onDeleteMeasure}
          />
        )}
        {step === 'result' && current.result && targetYear !== undefined && (
          <div className="guided__result">
            <p className="guided__status">
              <BalanceStatus neutral={current.result.neutral} />
            </p>
            <BalanceChart code={landType.code} result={current.result} targetYear={targetYear} />
            {current.observed && <PlannedObservedTable code={landType.code} result={current.result} observed={current.observed} />}
          </div>
        )}
      </div>
      <div className="guided__nav">
        {!first && (
          <button type="button" className="button" onClick={() => move(-1)}>
            {t('guided.back')}
          </button>
        )}
        {last ? (
          <button type="button" className="button button--primary" onClick={onFinish}>
            {t('guided.finish')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => move(1)}>
            {position.step === GUIDED_STEPS.length - 1 ? t('guided.nextLandType') : t('guided.next')}
          </button>
        )}
      </div>
    </section>
  );
}
