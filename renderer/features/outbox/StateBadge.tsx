import { useTranslation } from 'react-i18next';
import type { OutboxState } from '../../../shared/outbox/schema';

/** The item's state in a word, coloured by how it stands (outbox.css); the word carries the meaning, not the colour. */
export function StateBadge({ state }: { state: OutboxState }) {
  const { t } = useTranslation('outbox');
  return <span className={`badge outbox-state outbox-state--${state}`}>{t(`state.${state}`)}</span>;
}
