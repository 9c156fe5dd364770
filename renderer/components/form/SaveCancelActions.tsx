import { useTranslation } from 'react-i18next';

interface SaveCancelActionsProps {
  /** While the save is under way the button is disabled, so a double click cannot save twice. */
  saving: boolean;
  onCancel: () => void;
}

/** The Save / Cancel pair at the end of every dialog form. */
export function SaveCancelActions({ saving, onCancel }: SaveCancelActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {t('save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
