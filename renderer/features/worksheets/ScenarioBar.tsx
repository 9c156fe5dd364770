import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useUndoableRemoval } from '../../components/useUndoableRemoval';
import { ScenarioDialog, type ScenarioDialogTarget } from './ScenarioDialog';
import { scenarioLabel } from './scenarioLabel';
import { useDeleteScenario, useRestoreScenario, useSetPreferredScenario } from './worksheetQueries';

interface ScenarioBarProps {
  scenarios: readonly Scenario[];
  current: Scenario;
  onChoose: (scenarioId: string) => void;
}

/** Chooses the scenario the worksheets show, and makes, renames, duplicates, prefers and deletes scenarios. */
export function ScenarioBar({ scenarios, current, onChoose }: ScenarioBarProps) {
  const { t } = useTranslation(['worksheets', 'common']);
  const selectId = useId();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const setPreferred = useSetPreferredScenario();
  const removal = useUndoableRemoval({ remove: useDeleteScenario(), restore: useRestoreScenario() });
  const [dialogTarget, setDialogTarget] = useState<ScenarioDialogTarget | null>(null);
  const currentName = scenarioLabel(current, t);

  const makePreferred = () =>
    setPreferred.mutate({ id: current.id }, { onSuccess: () => showSnackbar({ text: t('scenario.madePreferred', { name: currentName }) }) });

  // The scenario's entries stay with its tombstone. The worksheets switch to business as usual while it is
  // gone, and back to it once Undo has restored it.
  const deleteCurrent = () => {
    const deletedId = current.id;
    const fallback = scenarios.find((scenario) => scenario.kind === 'business_as_usual');
    removal.run({ id: deletedId }, t('scenario.deleted', { name: currentName }), {
      onRemoved: () => {
        if (fallback) onChoose(fallback.id);
      },
      onRestored: () => onChoose(deletedId),
    });
  };

  return (
    <section className="scenario-bar" aria-labelledby={selectId + '-label'}>
      <div className="scenario-bar__choice">
        <label id={selectId + '-label'} htmlFor={selectId} className="field__label">
          {t('scenario.label')}
        </label>
        <select id={selectId} value={current.id} onChange={(event) => onChoose(event.target.value)}>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.isPreferred
                ? t('scenario.optionPreferred', { name: scenarioLabel(scenario, t) })
                : scenarioLabel(scenario, t)}
            </option>
          ))}
        </select>
        {current.isPreferred && <span className="badge badge--preferred">{t('scenario.preferredBadge')}</span>}
      </div>
      <div className="scenario-bar__actions">
        {!current.isPreferred && (
          <button type="button" className="button button--small" onClick={makePreferred} disabled={setPreferred.isPending}>
            {t('scenario.makePreferred')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => setDialogTarget({ mode: 'rename', scenario: current })}>
          {t('scenario.rename')}
        </button>
        <button type="button" className="button button--small" onClick={() => setDialogTarget({ mode: 'duplicate', scenario: current })}>
          {t('scenario.duplicate')}
        </button>
        {current.kind !== 'business_as_usual' && (
          <button type="button" className="button button--small button--danger" onClick={deleteCurrent} disabled={removal.pending}>
            {t('scenario.delete')}
          </button>
        )}
        <button type="button" className="button button--small button--primary" onClick={() => setDialogTarget({ mode: 'new' })}>
          {t('scenario.new')}
        </button>
      </div>
      {setPreferred.isError && <ErrorAlert title={t('scenario.actionFailed')} error={setPreferred.error} />}
      {removal.removeError && <ErrorAlert title={t('scenario.actionFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert title={t('restoreFailed')} error={removal.restoreError} />}
      <ScenarioDialog
        target={dialogTarget}
        onClose={() => setDialogTarget(null)}
        onSaved={(saved) => {
          setDialogTarget(null);
          onChoose(saved.id);
        }}
      />
    </section>
  );
}
