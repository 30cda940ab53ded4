import { lineSubject, type HelpRequest, type RequestNotice } from '@lagesbild/shared';

export interface NoticeText {
  textKey: string;
  values: Record<string, string | number>;
}

/** The words of a notice: which translation, about what, from whom. */
export function noticeText(request: HelpRequest, notice: RequestNotice, nameOf: (code: string) => string): NoticeText {
  const line = request.lines.find((candidate) => candidate.offers.some((offer) => offer.id === notice.offerId));
  const offer = line?.offers.find((candidate) => candidate.id === notice.offerId);
  const subject =
    offer && line
      ? lineSubject(line, offer.acceptedQuantity ?? offer.quantity)
      : request.lines.map((l) => lineSubject(l)).join(', ');
  return {
    textKey: `requests.notices.${notice.kind}`,
    values: {
      number: request.number,
      requester: nameOf(request.requesterCode),
      offerer: offer ? nameOf(offer.organizationCode) : '',
      subject,
    },
  };
}
