import { useTranslation } from 'react-i18next';

interface EditDeleteCellProps {
  /** Left out where the row's cells are edited in place, as in the keyboard grid. */
  edit?: { label: string; onClick: () => void };
  deleteLabel: string;
  onDelete: () => void;
}

/** The Edit and Delete buttons of one worksheet row, each named after the row for screen-reader users. */
export function EditDeleteCell({ edit, deleteLabel, onDelete }: EditDeleteCellProps) {
  const { t } = useTranslation();
  return (
    <td className="row-actions">
      {edit && (
        <button type="button" className="button button--small" aria-label={edit.label} onClick={edit.onClick}>
          {t('edit')}
        </button>
      )}
      <button type="button" className="button button--small button--quiet" aria-label={deleteLabel} onClick={onDelete}>
        {t('delete')}
      </button>
    </td>
  );
}
