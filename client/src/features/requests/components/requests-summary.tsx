import { takesOffers, type HelpRequest } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The overview's line on avrop: how many requests are open, offers wait, and places are lent. */
export function RequestsSummary({
  region,
  requests,
  onLoan,
  promised,
}: {
  region: string;
  requests: readonly HelpRequest[];
  onLoan: number;
  promised: number;
}) {
  const { t } = useTranslation();
  const open = requests.filter((request) => takesOffers(request.status) && request.status !== 'covered');
  const waiting = requests.flatMap((request) =>
    takesOffers(request.status) ? request.lines.flatMap((line) => line.offers.filter((offer) => offer.status === 'offered')) : [],
  );
  return (
    <p className="requests-summary" data-testid="requests-summary">
      {t('requests.summary.open', { count: open.length })} · {t('requests.summary.offers', { count: waiting.length })} ·{' '}
      {t('requests.summary.onLoan', { count: onLoan, promised })}{' '}
      <Link to={`/region/${region}/requests`}>{t('requests.summary.link')}</Link>
    </p>
  );
}
