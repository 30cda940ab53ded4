export interface ParticipantChoice {
  code: string;
  name: string;
  included: boolean;
}

/** The default round: the region first, then the municipalities in the order the region lists them. */
export function defaultParticipants(organizations: readonly { code: string; name: string; kind: string }[]): ParticipantChoice[] {
  const region = organizations.filter((org) => org.kind === 'region');
  const municipalities = organizations.filter((org) => org.kind !== 'region');
  return [...region, ...municipalities].map((org) => ({ code: org.code, name: org.name, included: true }));
}

/** A meeting's own order first (included), then the organisations left out of it. */
export function participantsOf(
  chosen: readonly string[],
  organizations: readonly { code: string; name: string; kind: string }[],
): ParticipantChoice[] {
  const byCode = new Map(organizations.map((org) => [org.code, org]));
  const included = chosen.flatMap((code) => {
    const org = byCode.get(code);
    return org ? [{ code, name: org.name, included: true }] : [];
  });
  const rest = defaultParticipants(organizations.filter((org) => !chosen.includes(org.code))).map((choice) => ({
    ...choice,
    included: false,
  }));
  return [...included, ...rest];
}

export function moveParticipant(list: readonly ParticipantChoice[], index: number, by: -1 | 1): ParticipantChoice[] {
  const target = index + by;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

export function includedCodes(list: readonly ParticipantChoice[]): string[] {
  return list.filter((choice) => choice.included).map((choice) => choice.code);
}
