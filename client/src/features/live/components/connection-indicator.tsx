import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../../components/icon';
import { formatTime } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import type { ConnectionStatus } from '../../../lib/live';

const ICONS: Record<ConnectionStatus, IconName> = {
  connecting: 'reconnecting',
  live: 'live',
  reconnecting: 'reconnecting',
  offline: 'offline',
};

/** Connection state and the age of the data, in words (not by colour alone). */
export function ConnectionIndicator({
  status,
  disconnectedAt,
  syncedAt,
}: {
  status: ConnectionStatus;
  disconnectedAt: number | null;
  syncedAt: number | null;
}) {
  const { t } = useTranslation();
  // Minute precision is enough for the age; a slow tick keeps the header calm.
  const now = useNow(15_000).getTime();
  const ageMinutes = syncedAt === null ? null : Math.max(0, Math.floor((now - syncedAt) / 60_000));
  const statusText =
    status === 'offline' && disconnectedAt !== null
      ? t('live.status.offlineSince', { time: formatTime(new Date(disconnectedAt)) })
      : t(`live.status.${status}`);
  return (
    <div className={`connection connection--${status}`} data-testid="connection">
      <span className="connection__state">
        <Icon name={ICONS[status]} />
        {statusText}
      </span>
      {syncedAt !== null ? (
        <span className="connection__age">
          {ageMinutes !== null && ageMinutes >= 1
            ? t('live.dataAge', { time: formatTime(new Date(syncedAt)), count: ageMinutes })
            : t('live.dataCurrent', { time: formatTime(new Date(syncedAt)) })}
        </span>
      ) : null}
    </div>
  );
}
