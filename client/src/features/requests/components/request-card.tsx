import {
  lineSubject,
  mayOfferOn,
  requestActions,
  takesOffers,
  type HelpRequest,
  type RequestActor,
  type RequestLine,
  type RequestOffer,
} from '@lagesbild/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { formatDateTime, formatShortDay } from '../../../lib/format';
import { useRequestCommand } from '../api/requests-api';
import type { Directory } from '../utils/directory';
import { CommandFailed } from './command-failed';
import { OfferForm } from './offer-form';
import { OfferTable } from './offer-table';
import { RequestStatusBadge } from './request-status-badge';

export interface RequestCardProps {
  request: HelpRequest;
  actor: RequestActor;
  directory: Directory;
  /** Heading level of the card's title (the page decides where it sits). */
  level?: 2 | 3;
  /** Extra controls per waiting offer (the meeting's "decide" button). */
  decide?: (line: RequestLine, offer: RequestOffer) => ReactNode;
  /** Link the title to the request's own page. */
  linked?: boolean;
  /** Show the form to offer (not in a meeting, where the chair decides rather than offers). */
  offering?: boolean;
}

/** One request: who asks what and why, each line with its offers, and the steps the viewer may take. */
export function RequestCard({ request, actor, directory, level = 2, decide, linked = false, offering = true }: RequestCardProps) {
  const { t } = useTranslation();
  const Title = level === 2 ? 'h2' : 'h3';
  const titleId = `request-${request.id}-title`;
  const subject = request.lines.map((line) => lineSubject(line)).join(', ');
  const title = t('requests.title', { number: request.number, organization: directory.nameOf(request.requesterCode), subject });
  return (
    <article className="request-card" aria-labelledby={titleId} data-testid={`request-${request.number}`}>
      <header className="request-card__header">
        <Title id={titleId} className="request-card__title">
          {linked ? <Link to={`/region/${request.region}/requests/${request.id}`}>{title}</Link> : title}
        </Title>
        <div className="request-card__badges">
          <RequestStatusBadge status={request.status} />
          {request.urgency !== 'normal' ? (
            <Badge tone={request.urgency === 'acute' ? 'critical' : 'strained'} icon="warning">
              {t(`urgency.${request.urgency}`)}
            </Badge>
          ) : null}
        </div>
        <p className="request-card__reason">{request.reason}</p>
        <p className="muted request-card__meta">
          {t('requests.meta', {
            neededBy: formatShortDay(request.neededBy),
            created: formatDateTime(request.createdAt),
            by: request.createdBy,
          })}
        </p>
      </header>
      {request.lines.map((line) => (
        <LineSection
          key={line.id}
          request={request}
          line={line}
          actor={actor}
          directory={directory}
          level={level}
          decide={decide}
          offering={offering}
        />
      ))}
      <RequestSteps request={request} actor={actor} />
    </article>
  );
}

function LineSection({
  request,
  line,
  actor,
  directory,
  level,
  decide,
  offering,
}: Required<Pick<RequestCardProps, 'request' | 'actor' | 'directory' | 'level' | 'offering'>> & {
  line: RequestLine;
  decide: RequestCardProps['decide'];
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h3' : 'h4';
  const q = line.quantities;
  const period =
    line.kind === 'equipment'
      ? t('requests.until', { day: formatShortDay(line.until) })
      : t('requests.period', { from: formatShortDay(line.from), to: formatShortDay(line.to) });
  const mayOffer = offering && takesOffers(request.status) && q.open > 0 && mayOfferOn(actor, request, line.kind);
  return (
    <section
      className="request-line"
      aria-label={t('requests.lineLabel', { position: line.position, subject: lineSubject(line) })}
    >
      <Heading className="request-line__title">
        {t(`lineKind.${line.kind}`)}: {lineSubject(line)}
        {line.kind === 'staff' ? ` (${t(`staffRole.${line.staffRole}`)})` : ''} · {period}
      </Heading>
      <p className="request-line__quantities" data-testid={`line-${line.position}-quantities`}>
        {t('requests.quantities', { accepted: q.accepted, asked: q.asked, offered: q.offered, open: q.open })}
      </p>
      <progress className="request-line__progress" max={q.asked} value={Math.min(q.accepted, q.asked)} aria-hidden="true" />
      {line.offers.length > 0 ? (
        <OfferTable request={request} line={line} actor={actor} directory={directory} decide={decide} />
      ) : (
        <p className="muted">{t('requests.noOffers')}</p>
      )}
      {mayOffer ? <OfferForm request={request} line={line} actor={actor} directory={directory} /> : null}
    </section>
  );
}

/** Open a draft, cancel, close: only for the organisation that asked, only where the workflow allows. */
function RequestSteps({ request, actor }: { request: HelpRequest; actor: RequestActor }) {
  const { t } = useTranslation();
  const command = useRequestCommand();
  const steps = requestActions(actor, request).filter((action) => action !== 'edit');
  if (steps.length === 0) return null;
  return (
    <div className="request-card__steps">
      {steps.map((step) => (
        <button
          key={step}
          type="button"
          className={step === 'open' ? 'button button--primary' : 'button button--secondary'}
          disabled={command.isPending}
          onClick={() => command.mutate({ type: step, requestId: request.id })}
        >
          {t(`requests.steps.${step}`)}
          <span className="visually-hidden"> {t('requests.number', { number: request.number })}</span>
        </button>
      ))}
      <CommandFailed mutation={command} />
    </div>
  );
}
