import { useTranslation } from 'react-i18next';

interface OutcomeRowActionsProps {
  /** Accessible names that say which row: "Edit the issue Fuelwood access". */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit and Delete under one issue, decision or follow-up action. */
export function OutcomeRowActions({ editLabel, deleteLabel, onEdit, onDelete }: OutcomeRowActionsProps) {
  const { t } = useTranslation('common');
  return (
    <div className="outcome__actions">
      <button type="button" className="button button--small button--quiet" aria-label={editLabel} onClick={onEdit}>
        {t('edit')}
      </button>
      <button type="button" className="button button--small button--quiet" aria-label={deleteLabel} onClick={onDelete}>
        {t('delete')}
      </button>
    </div>
  );
}
