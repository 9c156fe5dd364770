import { useTranslation } from 'react-i18next';

interface RowAction {
  /**
   * The button's accessible name, which must name the row ("Edit Amina", "Delete the consultation X"):
   * a column of buttons all called "Edit" tells a screen-reader user nothing about which row they act on.
   */
  label: string;
  onClick: () => void;
}

interface RemoveAction extends RowAction {
  /** What the button says when the removal is not a plain delete ("Remove", "Erase", "End membership"). */
  text?: string;
  /** Quiet where the removal can be undone; danger where it cannot (erasing a person's details). */
  tone?: 'quiet' | 'danger';
  /** While an earlier removal is still on its way, so a second click does not delete twice. */
  disabled?: boolean;
}

interface RowActionsCellProps {
  /** Left out where the row is edited in place (the keyboard grid) or is not to be edited (an erased person). */
  edit?: RowAction;
  /** Left out where the row can no longer be removed (an ended membership, an erased person). */
  remove?: RemoveAction;
  /**
   * End: the buttons line up at the end of the cell (`.row-actions`), as in the register and the worksheets.
   * Start: the button sits where the cell's text would, as in the consultations tables with a single action.
   */
  align?: 'start' | 'end';
}

/** The last cell of a table row: its Edit button and its Delete (or Remove, Erase, End) button. */
export function RowActionsCell({ edit, remove, align = 'end' }: RowActionsCellProps) {
  const { t } = useTranslation('common');
  const buttons = (
    <>
      {edit && (
        <button type="button" className="button button--small" aria-label={edit.label} onClick={edit.onClick}>
          {t('edit')}
        </button>
      )}
      {remove && (
        <button
          type="button"
          className={`button button--small button--${remove.tone ?? 'quiet'}`}
          aria-label={remove.label}
          onClick={remove.onClick}
          disabled={remove.disabled}
        >
          {remove.text ?? t('delete')}
        </button>
      )}
    </>
  );
  if (!edit && !remove) return <td />;
  return <td>{align === 'end' ? <div className="row-actions">{buttons}</div> : buttons}</td>;
}

/** The header of the row-actions column: named for screen readers, not shown, since the buttons speak for themselves. */
export function RowActionsHeader({ label }: { label: string }) {
  return (
    <th scope="col">
      <span className="visually-hidden">{label}</span>
    </th>
  );
}
