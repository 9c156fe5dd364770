import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import {
  RESPONSE_LEVELS,
  type AnticipatedLoss,
  type LandTypeResult,
  type ObservedLandTypeBalance,
  type ResponseLevel,
  type ResponseMeasure,
} from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { RowActionsCell, RowActionsHeader } from '../../components/RowActionsCell';
import { TableScroll } from '../../components/TableScroll';
import { DecisionsBehind } from '../consultations/DecisionsBehind';
import { BalanceChart } from './BalanceChart';
import { LinkedTargetsList } from './MeasureTargets';
import type { EntryDialogTarget } from './EntryDialog';
import { PlannedObservedTable } from './ObservedBalance';
import { PlanZoneLossRow } from './PlanZoneLosses';

interface LandTypeWorksheetProps {
  landType: LandType;
  losses: readonly AnticipatedLoss[];
  measures: readonly ResponseMeasure[];
  result: LandTypeResult | undefined;
  /** The land type's observed balance from Trends.Earth, if one was imported. */
  observed: ObservedLandTypeBalance | undefined;
  targetYear: number | undefined;
  onOpen: (target: EntryDialogTarget) => void;
  onDeleteLoss: (loss: AnticipatedLoss) => void;
  onDeleteMeasure: (measure: ResponseMeasure) => void;
}

/** One land type, in the order of the response hierarchy: anticipated losses, then Avoid, Reduce, Reverse. */
export function LandTypeWorksheet({ landType, losses, measures, result, observed, targetYear, onOpen, onDeleteLoss, onDeleteMeasure }: LandTypeWorksheetProps) {
  const { t } = useTranslation('worksheets');
  const headingId = `worksheet-${landType.id}`;
  return (
    <section className="worksheet" aria-labelledby={headingId}>
      <h2 id={headingId} className="worksheet__title">
        {t('landTypeHeading', { code: landType.code, name: landType.name })}
      </h2>
      <LossStep landType={landType} losses={losses} onOpen={onOpen} onDelete={onDeleteLoss} />
      {RESPONSE_LEVELS.map((level) => (
        <MeasureStep
          key={level}
          landType={landType}
          level={level}
          measures={measures.filter((measure) => measure.level === level)}
          onOpen={onOpen}
          onDelete={onDeleteMeasure}
        />
      ))}
      {result && targetYear !== undefined && <BalanceChart code={landType.code} result={result} targetYear={targetYear} />}
      {result && observed && <PlannedObservedTable code={landType.code} result={result} observed={observed} />}
    </section>
  );
}

export interface MeasureStepProps {
  landType: LandType;
  level: ResponseLevel;
  measures: readonly ResponseMeasure[];
  onOpen: (target: EntryDialogTarget) => void;
  onDelete: (measure: ResponseMeasure) => void;
}

/** One level of the response: its measures, and a button to add one. */
export function MeasureStep({ landType, level, measures, onOpen, onDelete }: MeasureStepProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const format = useFormat();
  return (
    <div className={`worksheet__step worksheet__step--${level}`}>
      <h3>{t(`step.${level}.title`)}</h3>
      <p className="worksheet__help">{t(`step.${level}.help`)}</p>
      {measures.length === 0 ? (
        <p className="muted">{t(`step.${level}.empty`)}</p>
      ) : (
        <TableScroll label={t('guided.heading', { landType: landType.code, step: t(`step.${level}.title`) })}>
          <table className="data-table">
            <caption className="visually-hidden">{t(`step.${level}.title`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.description')}</th>
                <th scope="col" className="numeric">{t('field.areaKm2')}</th>
                <th scope="col">{t('field.years')}</th>
                <th scope="col" className="numeric">{t('field.effectivenessPercent')}</th>
                <th scope="col">{t('field.slmTechnology')}</th>
                <th scope="col" className="numeric">{t('field.costUsd')}</th>
                <RowActionsHeader label={t('table.actions')} />
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.id}>
                  <td>
                    {measure.description}
                    <LinkedTargetsList targetIds={measure.targetIds} />
                    <DecisionsBehind subjectType="worksheet_measure" subjectId={measure.id} recordLabel={measure.description} />
                  </td>
                  <td className="numeric">{format.areaKm2(measure.areaKm2)}</td>
                  <td className="years">{format.yearRange(measure.startYear, measure.endYear)}</td>
                  <td className="numeric">
                    {measure.effectivenessPercent === null ? '' : t('table.percent', { value: format.number(measure.effectivenessPercent) })}
                  </td>
                  <td>{[measure.slmTechnology, measure.wocatReference].filter(Boolean).join(' · ')}</td>
                  <td className="numeric">{measure.costUsd === null ? '' : `${format.number(measure.costUsd)} ${t('unit.usd')}`}</td>
                  <RowActionsCell
                    edit={{ label: t('table.editMeasure', { description: measure.description }), onClick: () => onOpen({ kind: 'measure', landType, level, measure }) }}
                    remove={{ label: t('table.deleteMeasure', { description: measure.description }), onClick: () => onDelete(measure) }}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <button type="button" className="button" onClick={() => onOpen({ kind: 'measure', landType, level, measure: null })}>
        {t(`step.${level}.add`)}
      </button>
    </div>
  );
}

interface LossStepProps {
  landType: LandType;
  losses: readonly AnticipatedLoss[];
  onOpen: (target: EntryDialogTarget) => void;
  onDelete: (loss: AnticipatedLoss) => void;
}

/** The first step: what is expected to be lost, to what, and when. */
export function LossStep({ landType, losses, onOpen, onDelete }: LossStepProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const format = useFormat();
  return (
    <div className="worksheet__step">
      <h3>{t('step.losses.title')}</h3>
      <p className="worksheet__help">{t('step.losses.help')}</p>
      {losses.length === 0 ? (
        <p className="muted">{t('step.losses.empty')}</p>
      ) : (
        <TableScroll label={t('guided.heading', { landType: landType.code, step: t('step.losses.title') })}>
          <table className="data-table">
            <caption className="visually-hidden">{t('step.losses.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">{t('field.areaKm2')}</th>
                <th scope="col">{t('field.driver')}</th>
                <th scope="col" className="numeric">{t('field.expectedYear')}</th>
                <th scope="col">{t('field.notes')}</th>
                <RowActionsHeader label={t('table.actions')} />
              </tr>
            </thead>
            <tbody>
              {losses.map((loss) => {
                if (loss.planZone) return <PlanZoneLossRow key={loss.id} loss={loss} planZone={loss.planZone} />;
                const names = { driver: t(`driver.${loss.driver}`), year: format.year(loss.expectedYear) };
                return (
                  <tr key={loss.id}>
                    <td className="numeric">{format.areaKm2(loss.areaKm2)}</td>
                    <td>{names.driver}</td>
                    <td className="numeric">{names.year}</td>
                    <td>{loss.notes}</td>
                    <RowActionsCell
                      edit={{ label: t('table.editLoss', names), onClick: () => onOpen({ kind: 'loss', landType, loss }) }}
                      remove={{ label: t('table.deleteLoss', names), onClick: () => onDelete(loss) }}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <button type="button" className="button" onClick={() => onOpen({ kind: 'loss', landType, loss: null })}>
        {t('step.losses.add')}
      </button>
    </div>
  );
}
