import type { NetworkSummary } from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDay } from '../../../lib/format';

/** The region's networks, each with its next meeting; `action` adds what the page offers (start it). */
export function NetworkList({
  networks,
  action,
}: {
  networks: NetworkSummary[];
  action?: (network: NetworkSummary) => ReactNode;
}) {
  const { t } = useTranslation();
  if (networks.length === 0) return <p className="muted">{t('networks.none')}</p>;
  return (
    <ul className="network-list" data-testid="network-list">
      {networks.map((network) => (
        <li key={network.id} className="network-card" data-testid={`network-${network.name}`}>
          <h3 className="network-card__name">
            <Link to={`/networks/${network.id}`}>{network.name}</Link>
          </h3>
          {network.description ? <p className="muted">{network.description}</p> : null}
          <p>
            {network.next
              ? t('networks.next', {
                  date: formatLongDay(network.next.date),
                  time: network.next.startTime,
                  place: network.next.place ?? network.next.link ?? '',
                })
              : t('networks.noNext')}
          </p>
          {action ? <div className="network-card__action">{action(network)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
