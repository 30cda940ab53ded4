import type { OrganizationKind, Role } from '@lagesbild/shared';

/** Who asks: the one shape every service method takes first, from a session or a bearer token. */
export interface Caller {
  via: 'session' | 'token';
  /** Session id (hash) or token id: the credential whose sockets logout or revocation closes. */
  credentialId: string;
  username: string;
  role: Role;
  organizationCode: string;
  organizationKind: OrganizationKind;
  regionCode: string;
}
