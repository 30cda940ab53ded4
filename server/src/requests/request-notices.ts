import {
  lineSubject,
  type HelpRequest,
  type RequestNoticeKind,
  type RequestNoticeParams,
  type RequestOffer,
} from '@lagesbild/shared';

/** News of a request change: which kind, for which organisations, about which offer. */
export interface RequestNotice {
  kind: RequestNoticeKind;
  organizationCodes: string[];
  offerId: string | null;
}

const unique = (codes: readonly string[]) => [...new Set(codes)];

/**
 * Whom a change concerns. A new request goes to everyone who may offer on it: every other
 * organisation of the region for places, the region (its coordinator) for staff and equipment.
 * An offer's news goes to the other side, and to the region where its coordinator decides.
 */
export function noticeFor(
  kind: RequestNoticeKind,
  request: HelpRequest,
  organizations: readonly string[],
  offer?: RequestOffer,
): RequestNotice {
  const line = offer ? request.lines.find((candidate) => candidate.id === offer.lineId) : undefined;
  const coordinatorDecides = line !== undefined && line.kind !== 'places';
  const others = organizations.filter((code) => code !== request.requesterCode);
  const offerers = request.lines.flatMap((candidate) =>
    candidate.offers.filter((o) => o.status !== 'withdrawn' && o.status !== 'declined').map((o) => o.organizationCode),
  );
  const recipients = ((): string[] => {
    switch (kind) {
      case 'request.opened':
        return request.lines.some((candidate) => candidate.kind === 'places') ? others : [request.region];
      case 'request.cancelled':
      case 'request.closed':
      case 'request.expired':
        return [...offerers, ...(kind === 'request.expired' ? [request.requesterCode] : [])];
      case 'offer.made':
      case 'offer.withdrawn':
        return [request.requesterCode, ...(coordinatorDecides ? [request.region] : [])];
      case 'offer.accepted':
      case 'offer.declined':
        return offer ? [offer.organizationCode] : [];
      case 'offer.delivered':
      case 'offer.returned':
        return offer ? [offer.organizationCode, request.requesterCode] : [];
      default: {
        const unreachable: never = kind;
        throw new Error(`unknown notice ${String(unreachable)}`);
      }
    }
  })();
  return { kind, organizationCodes: unique(recipients), offerId: offer?.id ?? null };
}

/** What the notice says, names as they read (a notice outlives renames). */
export function noticeParams(request: HelpRequest, notice: RequestNotice, nameOf: (code: string) => string): RequestNoticeParams {
  const line = request.lines.find((candidate) => candidate.offers.some((offer) => offer.id === notice.offerId));
  const offer = line?.offers.find((candidate) => candidate.id === notice.offerId);
  return {
    number: request.number,
    requester: nameOf(request.requesterCode),
    offerer: offer ? nameOf(offer.organizationCode) : null,
    subject:
      offer && line
        ? lineSubject(line, offer.acceptedQuantity ?? offer.quantity)
        : request.lines.map((candidate) => lineSubject(candidate)).join(', '),
  };
}
