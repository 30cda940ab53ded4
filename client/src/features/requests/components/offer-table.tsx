import {
  offerActions,
  type HelpRequest,
  type OfferAction,
  type RequestActor,
  type RequestLine,
  type RequestOffer,
} from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useRequestCommand } from '../api/requests-api';
import type { Directory } from '../utils/directory';
import { CommandFailed } from './command-failed';
import { OfferStatusBadge } from './request-status-badge';

/** A line's offers: who, how many (and from which unit), where each stands, and the viewer's steps. */
export function OfferTable({
  request,
  line,
  actor,
  directory,
  decide,
}: {
  request: HelpRequest;
  line: RequestLine;
  actor: RequestActor;
  directory: Directory;
  decide?: ((line: RequestLine, offer: RequestOffer) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact offer-table">
      <caption className="visually-hidden">{t('requests.offersCaption', { position: line.position })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('requests.offerColumns.organization')}</th>
          <th scope="col" className="num">
            {t('requests.offerColumns.quantity')}
          </th>
          <th scope="col">{t('requests.offerColumns.status')}</th>
          <th scope="col">{t('requests.offerColumns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {line.offers.map((offer) => (
          <tr key={offer.id} data-testid={`offer-${offer.organizationCode}`}>
            <th scope="row">
              {directory.nameOf(offer.organizationCode)}
              {offer.unitId ? <span className="muted block">{directory.unitName(offer.unitId)}</span> : null}
              {offer.comment ? <span className="muted block">{offer.comment}</span> : null}
            </th>
            <td className="num">
              {offer.acceptedQuantity !== null && offer.acceptedQuantity !== offer.quantity
                ? t('requests.acceptedOf', { accepted: offer.acceptedQuantity, offered: offer.quantity })
                : offer.quantity}
            </td>
            <td>
              <OfferStatusBadge status={offer.status} />
              {offer.decidedInMeeting ? <span className="muted block">{t('requests.decidedInMeeting')}</span> : null}
              {offer.declineReason ? <span className="muted block">{offer.declineReason}</span> : null}
              {offer.decidedAt && offer.decidedBy ? (
                <span className="muted block">
                  {t('requests.decidedBy', { by: offer.decidedBy, at: formatDateTime(offer.decidedAt) })}
                </span>
              ) : null}
            </td>
            <td>
              <OfferSteps
                request={request}
                line={line}
                offer={offer}
                actor={actor}
                label={directory.nameOf(offer.organizationCode)}
              />
              {decide && offer.status === 'offered' ? decide(line, offer) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PRIMARY: readonly OfferAction[] = ['accept', 'deliver', 'return'];

function OfferSteps({
  request,
  line,
  offer,
  actor,
  label,
}: {
  request: HelpRequest;
  line: RequestLine;
  offer: RequestOffer;
  actor: RequestActor;
  label: string;
}) {
  const { t } = useTranslation();
  const command = useRequestCommand();
  const actions = offerActions(actor, request, line, offer);
  if (actions.length === 0) return null;
  return (
    <div className="row-actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button button--small ${PRIMARY.includes(action) ? 'button--primary' : 'button--secondary'}`}
          disabled={command.isPending}
          onClick={() => command.mutate({ type: action, offerId: offer.id })}
        >
          {t(`requests.offerSteps.${action}`)}
          <span className="visually-hidden"> {t('requests.offerFrom', { organization: label })}</span>
        </button>
      ))}
      <CommandFailed mutation={command} />
    </div>
  );
}
