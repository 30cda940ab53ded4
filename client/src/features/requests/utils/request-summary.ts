import { ACCEPTED_OFFER_STATUSES, takesOffers, type HelpRequest, type RequestLine, type RequestOffer } from '@lagesbild/shared';

/** What an organisation has going on in the requests: what it asks, offers, has promised or been promised. */
export interface OrganizationRequests {
  /** Its own requests that still need something, and how much. */
  asking: { request: HelpRequest; open: number }[];
  /** Offers it made that wait for a decision. */
  offering: { request: HelpRequest; line: RequestLine; offer: RequestOffer }[];
}

export function requestsOf(requests: readonly HelpRequest[], code: string): OrganizationRequests {
  const asking = requests
    .filter((request) => request.requesterCode === code && takesOffers(request.status))
    .map((request) => ({ request, open: request.lines.reduce((sum, line) => sum + line.quantities.open, 0) }))
    .filter(({ open }) => open > 0);
  const offering = requests.flatMap((request) =>
    takesOffers(request.status)
      ? request.lines.flatMap((line) =>
          line.offers
            .filter((offer) => offer.organizationCode === code && offer.status === 'offered')
            .map((offer) => ({ request, line, offer })),
        )
      : [],
  );
  return { asking, offering };
}

/** Offers waiting for a decision, oldest first: what a meeting may decide. */
export function pendingOffers(request: HelpRequest): { line: RequestLine; offer: RequestOffer }[] {
  if (!takesOffers(request.status)) return [];
  return request.lines.flatMap((line) =>
    line.quantities.open > 0 ? line.offers.filter((offer) => offer.status === 'offered').map((offer) => ({ line, offer })) : [],
  );
}

export function isHolding(offer: RequestOffer): boolean {
  return ACCEPTED_OFFER_STATUSES.includes(offer.status) && offer.status !== 'returned';
}
