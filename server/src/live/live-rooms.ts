// The socket.io rooms of the live namespace, named in one place.

export function regionRoom(regionCode: string): string {
  return `region:${regionCode}`;
}

export function meetingRoom(meetingId: string): string {
  return `meeting:${meetingId}`;
}

/** Every socket joins the room of the credential it authenticated with, so logout or revocation can close them all. */
export function credentialRoom(credential: { via: 'session' | 'token'; credentialId: string }): string {
  return `${credential.via}:${credential.credentialId}`;
}
