import { useSnackbarStore } from '../../../components/snackbarStore';
import { useSaveConsultation } from '../consultationQueries';
import { toConsultationInput, type ConsultationDetail, type SavableConsultation } from './toConsultationInput';

type Change = (form: SavableConsultation) => SavableConsultation;

/**
 * Outcomes are saved with the whole consultation (one command, one transaction): each section says
 * what it changes in the stored form. A removal offers Undo, which adds the removed row back.
 */
export function useSaveOutcome(detail: ConsultationDetail) {
  const save = useSaveConsultation();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const apply = (change: Change, onSaved?: () => void) =>
    save.mutate(change(toConsultationInput(detail)), { onSuccess: () => onSaved?.() });
  const removeWithUndo = (remove: Change, restore: Change, message: string, undoLabel: string) =>
    save.mutate(remove(toConsultationInput(detail)), {
      onSuccess: (saved) =>
        showSnackbar({ text: message, action: { label: undoLabel, run: () => save.mutate(restore(toConsultationInput(saved))) } }),
    });
  return { apply, removeWithUndo, saving: save.isPending, error: save.isError ? save.error : null, reset: save.reset };
}
