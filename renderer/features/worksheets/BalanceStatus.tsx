import { useTranslation } from 'react-i18next';

/** "In balance" or "Not in balance" in words, with an icon; the colour only repeats what both say. */
export function BalanceStatus({ neutral }: { neutral: boolean }) {
  const { t } = useTranslation('worksheets');
  return (
    <span className={`balance-status balance-status--${neutral ? 'in' : 'out'}`}>
      <svg className="balance-status__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {neutral ? (
          <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        ) : (
          <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        )}
      </svg>
      {neutral ? t('balance.inBalance') : t('balance.notInBalance')}
    </span>
  );
}
