import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../labels';
import { targetSentence } from './targetSentence';
import type { TargetFormApi, TargetValues } from './targetValues';

/**
 * Keeps the target sentence written from the fields, in the active language, until the person edits it
 * by hand (`edited`); `regenerate` hands it back to the fields. A saved target starts as edited: its
 * sentence is what was agreed and is never overwritten unasked.
 */
export function useTargetSentence(form: TargetFormApi, saved: boolean) {
  const { i18n } = useTranslation();
  const { landCover } = useCodeLabels();
  const values = useWatch({ control: form.control }) as TargetValues;
  const [edited, setEdited] = useState(saved);
  // Recomputed on every render: the active language is part of the result.
  const generated = targetSentence(values, i18n, landCover);
  const { getValues, setValue } = form;

  useEffect(() => {
    if (edited || generated === null || getValues('text') === generated) return;
    setValue('text', generated, { shouldValidate: form.formState.isSubmitted });
  }, [edited, generated, getValues, setValue, form.formState.isSubmitted]);

  return {
    generated,
    edited,
    markEdited: () => setEdited(true),
    regenerate: () => {
      setEdited(false);
      if (generated !== null) setValue('text', generated, { shouldValidate: true });
    },
  };
}
