import { FormDialog } from '../../components/FormDialog';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { scenarioInput, scenarioName, type Scenario } from '../../../shared/worksheets/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { placeSubmitError } from '../../components/form/applyServerErrors';
import { FormField } from '../../components/form/FormField';
import { schemaResolver } from '../../components/form/schemaResolver';
import { useSnackbarStore } from '../../components/snackbarStore';
import { useDuplicateScenario, useSaveScenario } from './worksheetQueries';
import { scenarioLabel } from './scenarioLabel';
import { SaveCancelActions } from '../../components/form/SaveCancelActions';

/** What the dialog does: make a new scenario, rename one, or duplicate one under a new name. */
export type ScenarioDialogTarget = { mode: 'new' } | { mode: 'rename' | 'duplicate'; scenario: Scenario };

interface ScenarioValues {
  name: string;
  description: string;
}

const FIELDS: Path<ScenarioValues>[] = ['name', 'description'];
const saveResolver = schemaResolver(scenarioInput, (values: ScenarioValues) => values);
const duplicateResolver = schemaResolver(z.object({ name: scenarioName }), (values: ScenarioValues) => ({ name: values.name }));

interface ScenarioDialogProps {
  target: ScenarioDialogTarget | null;
  onClose: () => void;
  /** The scenario made or renamed, to show it. */
  onSaved: (scenario: Scenario) => void;
}

export function ScenarioDialog({ target, onClose, onSaved }: ScenarioDialogProps) {
  const { t } = useTranslation('worksheets');
  const name = target && target.mode !== 'new' ? scenarioLabel(target.scenario, t) : '';
  return (
    <FormDialog
      open={target !== null}
      onClose={onClose}
      title={
        target?.mode === 'rename'
          ? t('scenario.dialog.renameTitle', { name })
          : target?.mode === 'duplicate'
            ? t('scenario.dialog.duplicateTitle', { name })
            : t('scenario.dialog.newTitle')
      }
      description={
        target?.mode === 'rename'
          ? t('scenario.dialog.renameDescription')
          : target?.mode === 'duplicate'
            ? t('scenario.dialog.duplicateDescription', { name })
            : t('scenario.dialog.newDescription')
      }
    >
      {target !== null && <ScenarioForm target={target} onSaved={onSaved} onCancel={onClose} />}
    </FormDialog>
  );
}

function ScenarioForm({ target, onSaved, onCancel }: { target: ScenarioDialogTarget; onSaved: (s: Scenario) => void; onCancel: () => void }) {
  const { t } = useTranslation(['worksheets', 'common']);
  const save = useSaveScenario();
  const duplicate = useDuplicateScenario();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [formError, setFormError] = useState<unknown>(null);
  const duplicating = target.mode === 'duplicate';
  const { register, handleSubmit, setError, formState } = useForm<ScenarioValues, unknown, { name: string; description?: string | undefined }>({
    resolver: duplicating ? duplicateResolver : saveResolver,
    mode: 'onChange',
    defaultValues:
      target.mode === 'new'
        ? { name: '', description: '' }
        : target.mode === 'rename'
          ? { name: target.scenario.name ?? '', description: target.scenario.description ?? '' }
          : { name: t('scenario.dialog.copyName', { name: scenarioLabel(target.scenario, t) }), description: '' },
  });
  const { errors } = formState;
  const done = {
    onSuccess: (saved: Scenario) => {
      showSnackbar({ text: t('scenario.saved', { name: scenarioLabel(saved, t) }) });
      onSaved(saved);
    },
    onError: (error: unknown) => setFormError(placeSubmitError(error, FIELDS, setError)),
  };

  const submit = handleSubmit((input) => {
    setFormError(null);
    if (target.mode === 'duplicate') duplicate.mutate({ id: target.scenario.id, name: input.name }, done);
    else save.mutate(target.mode === 'rename' ? { ...input, id: target.scenario.id } : input, done);
  });

  return (
    <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
      {formError !== null && <ErrorAlert title={t('saveFailed')} error={formError} />}
      <FormField label={t('scenario.field.name')} error={errors.name} required>
        {(props) => <input {...props} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      {!duplicating && (
        <FormField label={t('scenario.field.description')} error={errors.description}>
          {(props) => <textarea {...props} {...register('description')} rows={3} />}
        </FormField>
      )}
      <SaveCancelActions saving={save.isPending || duplicate.isPending} onCancel={onCancel} />
    </form>
  );
}
