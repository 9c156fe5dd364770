import { useTranslation } from 'react-i18next';
import type { SiteRef } from '../../../../shared/baseline/sites';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useSitesMutation } from './sitesQueries';

/** Deletes a site row without asking, with Undo in the snackbar; the message names the site. */
export function useDeleteSite() {
  const { t } = useTranslation('baseline');
  const removal = useUndoableRemoval({ remove: useSitesMutation('baseline.deleteSite'), restore: useSitesMutation('baseline.restoreSite') });
  const run = (ref: SiteRef, name: string) => removal.run(ref, t('sites.deleted', { name }));
  return { ...removal, run };
}
