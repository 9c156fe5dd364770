import { useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { placeSubmitError } from './applyServerErrors';

/** The part of a react-query mutation a form uses: `mutate` with per-call callbacks. */
interface SaveMutation<Input, Saved> {
  mutate(input: Input, callbacks: { onSuccess: (saved: Saved, input: Input) => void; onError: (error: unknown) => void }): void;
}

/** `toInput` may be left out only when what the form checked is already the command's input. */
type InputOption<Checked, Input> = [Checked] extends [Input]
  ? { toInput?: (checked: Checked) => Input }
  : { toInput: (checked: Checked) => Input };

export type SubmitWithFieldErrorsOptions<Values extends FieldValues, Checked, Input, Saved> = InputOption<Checked, Input> & {
  /** After the backend saved: close the dialog, say so in a snackbar… */
  onSaved?: (saved: Saved, input: Input) => void;
  /** The fields that show a refusal next to them; by default every field of the form. */
  fields?: readonly Path<Values>[];
};

/**
 * What every form here does on submit, in one place so that they all behave alike: once the form's
 * own check passes, run the mutation; if the backend refuses, each field error goes next to its
 * field (the first one takes the focus) and whatever no field shows becomes `formError`, for an
 * ErrorAlert above the form. A new submit clears the previous alert.
 */
export function useSubmitWithFieldErrors<Values extends FieldValues, Checked, Input, Saved>(
  form: Pick<UseFormReturn<Values, unknown, Checked>, 'handleSubmit' | 'setError' | 'getValues'>,
  mutation: SaveMutation<Input, Saved>,
  options: SubmitWithFieldErrorsOptions<Values, Checked, Input, Saved>,
): { submit: (event?: BaseSyntheticEvent) => void; formError: unknown } {
  const [formError, setFormError] = useState<unknown>(null);
  const { toInput, onSaved, fields } = options as SubmitWithFieldErrorsOptions<Values, Checked, Input, Saved> & { toInput?: (checked: Checked) => Input };
  const handle = form.handleSubmit((checked) => {
    setFormError(null);
    // Without `toInput` the checked values are the input: InputOption only allows that when the types agree.
    const input = toInput ? toInput(checked) : (checked as unknown as Input);
    mutation.mutate(input, {
      onSuccess: (saved) => onSaved?.(saved, input),
      onError: (error) => {
        const placeable = fields ?? (Object.keys(form.getValues()) as Path<Values>[]);
        setFormError(placeSubmitError(error, placeable, form.setError));
      },
    });
  });
  return { submit: (event) => void handle(event), formError };
}
