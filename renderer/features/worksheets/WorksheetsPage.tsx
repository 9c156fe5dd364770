import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../../shared/worksheets/schema';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusPageHeading } from '../../components/focusPageHeading';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLandTypes } from '../landtypes/landTypeQueries';
import { BalancePanel } from './BalancePanel';
import { CompareScenarios } from './CompareScenarios';
import { EntryDialog, type EntryDialogTarget } from './EntryDialog';
import { GuidedWorksheet, type GuidedLandType } from './GuidedWorksheet';
import { KeyboardGrid } from './KeyboardGrid';
import { LandTypeWorksheet } from './LandTypeWorksheet';
import { PlannedObservedSection } from './ObservedBalance';
import { PathTable } from './PathTable';
import { ScenarioBar } from './ScenarioBar';
import { TargetYearField } from './TargetYearField';
import { useEntryDeletion } from './useEntryDeletion';
import { useBalance, useObservedBalance, useScenarios, useWorksheet } from './worksheetQueries';

export function WorksheetsPage() {
  const { t } = useTranslation('worksheets');
  const scenarios = useScenarios();
  const landTypes = useLandTypes();
  // A link from elsewhere (a target's linked measures) may name the scenario to open.
  const [searchParams] = useSearchParams();
  const [chosenId, setChosenId] = useState<string | null>(searchParams.get('scenario'));
  const [mode, setMode] = useState<WorkMode>('table');
  // Chosen on this page; until then each balance is read as of its own default (the scenario's last year).
  const [targetYear, setTargetYear] = useState<number | undefined>(undefined);
  const items = scenarios.data?.items ?? [];
  // The scenario chosen here, else the working group's preferred one.
  const current = items.find((scenario) => scenario.id === chosenId) ?? items.find((scenario) => scenario.isPreferred) ?? items[0];

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {(scenarios.isPending || landTypes.isPending) && <LoadingState />}
      {scenarios.isError && <ErrorAlert error={scenarios.error} />}
      {landTypes.isError && <ErrorAlert error={landTypes.error} />}
      {landTypes.isSuccess && landTypes.data.items.length === 0 && (
        <EmptyState title={t('noLandTypes.title')} action={<Link className="button button--primary" to="/workspace/land-types">{t('noLandTypes.link')}</Link>}>
          <p>{t('noLandTypes.body')}</p>
        </EmptyState>
      )}
      {current && landTypes.isSuccess && landTypes.data.items.length > 0 && (
        <>
          <ScenarioBar scenarios={items} current={current} onChoose={setChosenId} />
          <ModeSwitch mode={mode} onChange={setMode} />
          <ScenarioWorksheets
            key={current.id}
            scenario={current}
            mode={mode}
            targetYear={targetYear}
            onTargetYearChange={setTargetYear}
            onFinishGuided={() => setMode('table')}
          />
          {mode === 'table' && <CompareScenarios scenarios={items} landTypes={landTypes.data.items} targetYear={targetYear} />}
        </>
      )}
    </>
  );
}

type WorkMode = 'table' | 'guided' | 'grid';

/** All land types on one page for editing, the guided mode for workshops, or one keyboard table per kind of row. */
function ModeSwitch({ mode, onChange }: { mode: WorkMode; onChange: (mode: WorkMode) => void }) {
  const { t } = useTranslation('worksheets');
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">{t('mode.label')}</legend>
      {(['table', 'guided', 'grid'] as const).map((option) => (
        <label key={option} className="radio">
          <input type="radio" name="worksheets-mode" checked={mode === option} onChange={() => onChange(option)} />
          {t(`mode.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

interface ScenarioWorksheetsProps {
  scenario: Scenario;
  mode: WorkMode;
  /** The year chosen on the page, if any. */
  targetYear: number | undefined;
  onTargetYearChange: (year: number | undefined) => void;
  onFinishGuided: () => void;
}

/** The worksheets of one scenario beside its balance, which stays in view while scrolling. */
function ScenarioWorksheets({ scenario, mode, targetYear, onTargetYearChange, onFinishGuided }: ScenarioWorksheetsProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const worksheet = useWorksheet(scenario.id);
  const balance = useBalance(scenario.id, targetYear);
  const observedBalance = useObservedBalance();
  const observed = observedBalance.data?.items ?? [];
  const landTypes = useLandTypes().data?.items ?? [];
  const { deleteLoss, deleteMeasure, deleteError, restoreError } = useEntryDeletion();
  const [dialogTarget, setDialogTarget] = useState<EntryDialogTarget | null>(null);
  // The row's Delete button goes with the row: the focus goes to the page's heading.
  const deleteLossOnPage = (loss: AnticipatedLoss) => deleteLoss(loss, focusPageHeading);
  const deleteMeasureOnPage = (measure: ResponseMeasure) => deleteMeasure(measure, focusPageHeading);

  const results = balance.data?.balance.landTypes ?? [];
  // Each land type's worksheet joined with its land type and its result, in the backend's (code) order.
  const sheets = (worksheet.data?.landTypes ?? []).flatMap((entries): GuidedLandType[] => {
    const landType = landTypes.find((item) => item.id === entries.landTypeId);
    if (!landType) return [];
    const result = results.find((item) => item.landTypeId === entries.landTypeId);
    const observedHere = observed.find((item) => item.landTypeId === entries.landTypeId);
    return [{ landType, losses: entries.losses, measures: entries.measures, result, observed: observedHere }];
  });
  return (
    <div className={`worksheets-layout${mode === 'guided' ? ' worksheets-layout--guided' : ''}`}>
      <div className="worksheets-layout__main">
        <TargetYearField year={targetYear ?? balance.data?.balance.targetYear} onChange={onTargetYearChange} />
        {deleteError && <ErrorAlert title={t('deleteFailed')} error={deleteError} />}
        {restoreError && <ErrorAlert title={t('restoreFailed')} error={restoreError} />}
        {worksheet.isPending && <LoadingState />}
        {worksheet.isError && <ErrorAlert error={worksheet.error} />}
        {mode === 'guided' && sheets.length > 0 && (
          <GuidedWorksheet
            items={sheets}
            targetYear={balance.data?.balance.targetYear}
            onOpen={setDialogTarget}
            onDeleteLoss={deleteLossOnPage}
            onDeleteMeasure={deleteMeasureOnPage}
            onFinish={onFinishGuided}
          />
        )}
        {mode === 'table' &&
          sheets.map((sheet) => (
            <LandTypeWorksheet
              key={sheet.landType.id}
              landType={sheet.landType}
              losses={sheet.losses}
              measures={sheet.measures}
              result={sheet.result}
              observed={sheet.observed}
              targetYear={balance.data?.balance.targetYear}
              onOpen={setDialogTarget}
              onDeleteLoss={deleteLossOnPage}
              onDeleteMeasure={deleteMeasureOnPage}
            />
          ))}
        {mode === 'grid' && worksheet.data && (
          <KeyboardGrid
            scenarioId={scenario.id}
            landTypes={sheets.map((sheet) => sheet.landType)}
            losses={sheets.flatMap((sheet) => sheet.losses)}
            measures={sheets.flatMap((sheet) => sheet.measures)}
            onDeleteLoss={deleteLoss}
            onDeleteMeasure={deleteMeasure}
          />
        )}
        {mode === 'grid' && <PlannedObservedSection items={sheets} />}
        {mode === 'table' && balance.data && <PathTable path={balance.data.balance.path} landTypes={landTypes} />}
      </div>
      <div className="worksheets-layout__side">
        {balance.isError && <ErrorAlert error={balance.error} />}
        {observedBalance.isError && <ErrorAlert error={observedBalance.error} />}
        {balance.data && <BalancePanel balance={balance.data.balance} landTypes={landTypes} observed={observed} />}
      </div>
      <EntryDialog scenarioId={scenario.id} target={dialogTarget} onClose={() => setDialogTarget(null)} />
    </div>
  );
}
