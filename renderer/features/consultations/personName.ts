import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/consultations/person';

/**
 * How a register entry is named on screen: an erased person is never named again, and someone who
 * agreed only to be counted has no name to show.
 */
export function usePersonName() {
  const { t } = useTranslation('consultations');
  return useCallback(
    (person: Pick<Person, 'name' | 'erasedAt'>) => {
      if (person.erasedAt !== null) return t('person.erased');
      return person.name ?? t('person.unnamed');
    },
    [t],
  );
}
