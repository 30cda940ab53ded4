import type { OrganizationKind, Role } from '@lagesbild/shared';

/** Who asks: the one shape every service method takes first, from a session or a bearer token. */
export interface Caller {
  via: 'session' | 'token';
  /** Session id (hash) or token id: the socket room that logout or revocation empties. */
  credentialId: string;
  username: string;
  role: Role;
  organizationCode: string;
  organizationKind: OrganizationKind;
  regionCode: string;
}

export function credentialRoom(caller: Pick<Caller, 'via' | 'credentialId'>): string {
  return `${caller.via}:${caller.credentialId}`;
}
