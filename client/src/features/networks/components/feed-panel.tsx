import type { Network } from '@lagesbild/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNetworkCommand } from '../api/networks-api';

/**
 * The calendar's secret address: calendar apps subscribe to it without logging in, so anyone with
 * it can read the meeting times. The chair makes a new one when it has spread too far.
 */
export function FeedPanel({ network, editable }: { network: Network; editable: boolean }) {
  const { t } = useTranslation();
  const command = useNetworkCommand(network.id);
  const [confirming, setConfirming] = useState(false);
  const url = `${window.location.origin}${network.feedPath}`;
  const webcal = url.replace(/^https?:/, 'webcal:');
  return (
    <section className="section" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('networks.feed.title')}</h2>
      <p>{t('networks.feed.intro')}</p>
      <div className="field">
        <label htmlFor="feed-url">{t('networks.feed.address')}</label>
        <input id="feed-url" readOnly value={url} onFocus={(event) => event.target.select()} data-testid="feed-url" />
      </div>
      <p>
        <a className="button button--secondary" href={webcal}>
          {t('networks.feed.subscribe')}
        </a>
      </p>
      {editable ? (
        <>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('networks.feed.rotate')}
          </button>
          <span role="status" className="muted">
            {command.isSuccess ? ` ${t('networks.feed.rotated')}` : ''}
          </span>
          <ConfirmDialog
            open={confirming}
            title={t('networks.feed.rotateTitle')}
            confirmLabel={t('networks.feed.rotate')}
            cancelLabel={t('agenda.cancel')}
            busy={command.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => command.mutate({ type: 'rotateFeed' }, { onSettled: () => setConfirming(false) })}
          >
            <p>{t('networks.feed.rotateText')}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </section>
  );
}
