import { useTranslation } from 'react-i18next';
import type { SiteRef } from '../../../../shared/baseline/sites';
import { focusPageHeading } from '../../../components/focusPageHeading';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSitesMutation } from './sitesQueries';

/** Deletes a site row without asking: the row keeps a tombstone, and the snackbar's Undo restores it. */
export function useDeleteSite() {
  const { t } = useTranslation(['baseline', 'common']);
  const remove = useSitesMutation('baseline.deleteSite');
  const restore = useSitesMutation('baseline.restoreSite');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const run = (ref: SiteRef, name: string) =>
    remove.mutate(ref, {
      onSuccess: () => {
        showSnackbar({ text: t('sites.deleted', { name }), action: { label: t('common:undo'), run: () => restore.mutate(ref) } });
        // The row and its button are gone; continue from the top of the page, not from <body>.
        focusPageHeading();
      },
    });
  return { run, remove, restore };
}
