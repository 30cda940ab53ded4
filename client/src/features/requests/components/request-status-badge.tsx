import type { OfferStatus, RequestStatus } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../../components/badge';
import type { IconName } from '../../../components/icon';

const REQUEST_LOOK: Record<RequestStatus, [Tone, IconName]> = {
  draft: ['neutral', 'pause'],
  open: ['strained', 'warning'],
  partly_covered: ['info', 'flat'],
  covered: ['normal', 'check'],
  closed: ['neutral', 'check'],
  cancelled: ['neutral', 'offline'],
  expired: ['neutral', 'overdue'],
};

const OFFER_LOOK: Record<OfferStatus, [Tone, IconName]> = {
  offered: ['info', 'changed'],
  accepted: ['normal', 'check'],
  declined: ['neutral', 'offline'],
  withdrawn: ['neutral', 'offline'],
  cancelled: ['neutral', 'offline'],
  delivered: ['normal', 'live'],
  returned: ['neutral', 'check'],
};

/** A request's status in words, with an icon and a colour that never stand alone. */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const [tone, icon] = REQUEST_LOOK[status];
  return (
    <Badge tone={tone} icon={icon}>
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  const [tone, icon] = OFFER_LOOK[status];
  return (
    <Badge tone={tone} icon={icon}>
      {t(`offerStatus.${status}`)}
    </Badge>
  );
}
