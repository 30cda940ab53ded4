import { loanDecisionText, type RequestActor, type RequestLine, type RequestOffer } from '@lagesbild/shared';
import { useTranslation } from 'react-i18next';
import { useOfferDecision, useRequests } from '../api/requests-api';
import type { Directory } from '../utils/directory';
import { CommandFailed } from './command-failed';
import { RequestCard } from './request-card';

/**
 * In the meeting's round, under the organisation on screen: the requests it made that are still
 * open, with their offers. Whoever steers the meeting can record "att Falun lånar ut 4 platser till
 * Avesta" as a decision, which accepts the offer in the same step.
 */
export function MeetingRequests({
  meetingId,
  region,
  organizationCode,
  actor,
  directory,
  steering,
}: {
  meetingId: string;
  region: string;
  organizationCode: string;
  actor: RequestActor;
  directory: Directory;
  steering: boolean;
}) {
  const { t } = useTranslation();
  const requests = useRequests(region);
  const own = (requests.data?.requests ?? []).filter(
    (request) => request.requesterCode === organizationCode && request.status !== 'draft' && request.openedAt !== null,
  );
  if (own.length === 0) return null;
  return (
    <section className="section meeting-requests" aria-labelledby="meeting-requests-title" data-testid="meeting-requests">
      <h2 id="meeting-requests-title">{t('requests.meeting.title', { organization: directory.nameOf(organizationCode) })}</h2>
      {own.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          actor={actor}
          directory={directory}
          level={3}
          linked
          offering={false}
          decide={
            steering
              ? (line, offer) => (
                  <DecideButton
                    meetingId={meetingId}
                    line={line}
                    offer={offer}
                    lender={directory.nameOf(offer.organizationCode)}
                    borrower={directory.nameOf(request.requesterCode)}
                  />
                )
              : undefined
          }
        />
      ))}
    </section>
  );
}

function DecideButton({
  meetingId,
  line,
  offer,
  lender,
  borrower,
}: {
  meetingId: string;
  line: RequestLine;
  offer: RequestOffer;
  lender: string;
  borrower: string;
}) {
  const { t } = useTranslation();
  const decide = useOfferDecision(meetingId);
  const quantity = Math.min(offer.quantity, line.quantities.open);
  const text = loanDecisionText(line, quantity, lender, borrower);
  return (
    <div className="decide">
      <button
        type="button"
        className="button button--small button--primary"
        disabled={decide.isPending}
        onClick={() => decide.mutate({ offerId: offer.id })}
      >
        {t('requests.meeting.decide')}
        <span className="visually-hidden">: {text}</span>
      </button>
      <span className="muted block decide__text">{t('requests.meeting.decisionPreview', { text })}</span>
      <CommandFailed mutation={decide} />
    </div>
  );
}
