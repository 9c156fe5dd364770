import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutboxDestination } from '../../../shared/outbox/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnqueuePackage } from './outboxQueries';

/**
 * For the reporting screen, under an exported package: "Send when online" queues it for the submission
 * endpoint, "Prepare for PRAIS" for upload by hand. Either way the outbox takes it from there.
 * Mount as `<SendWhenOnlineButton path={exported.path} />`.
 */
export function SendWhenOnlineButton({ path }: { path: string }) {
  const { t } = useTranslation('outbox');
  const enqueue = useEnqueuePackage();
  const queue = (destination: OutboxDestination) => enqueue.mutate({ path, destination });
  return (
    <div className="outbox-send">
      <div className="outbox-send__buttons">
        <button type="button" className="button" disabled={enqueue.isPending} onClick={() => queue('endpoint')}>
          {t('send.whenOnline')}
        </button>
        <button type="button" className="button" disabled={enqueue.isPending} onClick={() => queue('prais')}>
          {t('send.forPrais')}
        </button>
      </div>
      {enqueue.isSuccess && (
        <p role="status" className="note">
          {enqueue.data.destination === 'prais' ? t('send.readyForPrais') : t('send.queued')} <Link to="/outbox">{t('send.openOutbox')}</Link>
        </p>
      )}
      {enqueue.isError && <ErrorAlert title={t('send.failed')} error={enqueue.error} />}
    </div>
  );
}
