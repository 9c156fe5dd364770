import { useState } from 'react';
import type { z } from 'zod';
import { contributionInput, decisionInput, followUpActionInput } from '../../../../shared/consultations/outcomes';
import { fieldErrorsFromZod } from '../../../../shared/validation';
import { CommandFailure } from '../../../app/backend/backend';
import { toFormError, type KeyedFieldError } from '../../../components/form/schemaResolver';
import { useSaveConsultation } from '../consultationQueries';
import { toConsultationInput, type ConsultationDetail, type SavableConsultation } from './toConsultationInput';

/** Each kind of outcome, by the name of its list in the consultation form, with the schema of one row. */
const ROW_SCHEMAS = { contributions: contributionInput, decisions: decisionInput, actions: followUpActionInput } as const;
export type OutcomeCollection = keyof typeof ROW_SCHEMAS;
export type OutcomeRow<C extends OutcomeCollection> = NonNullable<SavableConsultation[C]>[number];
/** Errors of one row, by field name. */
export type RowErrors = Partial<Record<string, KeyedFieldError>>;

/**
 * Saves one outcome row, a new one (no `index`) or an edited one (its place in the list), with the whole
 * consultation (one command, one transaction; the change log records an edit as an update of that row).
 * The row is first checked with the schema the backend uses, and every refusal, the form's or the
 * backend's, is put next to the row's field; only what no field can show is left in `failure`.
 */
export function useOutcomeRowSave<C extends OutcomeCollection>(detail: ConsultationDetail, collection: C) {
  const save = useSaveConsultation();
  const [errors, setErrors] = useState<RowErrors>({});
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (row: OutcomeRow<C>, index: number | undefined, onSaved: () => void) => {
    setFailure(null);
    const checked = (ROW_SCHEMAS[collection] as z.ZodType).safeParse(row);
    if (!checked.success) {
      setErrors(byField(fieldErrorsFromZod(checked.error).map((field) => ({ ...field, field: field.path[0] }))));
      return;
    }
    setErrors({});
    const form = toConsultationInput(detail);
    const rows = [...((form[collection] ?? []) as OutcomeRow<C>[])];
    const rowIndex = index ?? rows.length;
    rows[rowIndex] = index === undefined ? row : { ...row, id: rows[index]!.id };
    save.mutate(
      { ...form, [collection]: rows },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const mine = error instanceof CommandFailure ? error.fieldErrors.filter((f) => f.path[0] === collection && f.path[1] === rowIndex) : [];
          setErrors(byField(mine.map((field) => ({ ...field, field: field.path[2] }))));
          if (mine.length === 0) setFailure(error);
        },
      },
    );
  };
  const clear = () => {
    setErrors({});
    setFailure(null);
  };
  return { submit, clear, errors, failure, saving: save.isPending };
}

function byField(fields: readonly { field: string | number | undefined; messageKey: string; params?: Record<string, string | number> | undefined }[]): RowErrors {
  const errors: RowErrors = {};
  for (const { field, ...error } of fields) errors[String(field ?? 'root')] ??= toFormError({ path: [], ...error }, 'validation');
  return errors;
}
