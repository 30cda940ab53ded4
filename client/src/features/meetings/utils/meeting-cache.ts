import { mayRunMeetings, type Meeting, type UserInfo } from '@lagesbild/shared';

type MeetingUser = Pick<UserInfo, 'role' | 'organizationCode' | 'regionCode'>;

/** Followers, answers and refetches all carry whole meetings: the highest version wins. */
export function newerMeeting(current: Meeting | undefined, incoming: Meeting): Meeting {
  if (!current || current.id !== incoming.id) return incoming;
  return incoming.version > current.version ? incoming : current;
}

export function canSteer(user: MeetingUser, meeting: Pick<Meeting, 'region' | 'status'>): boolean {
  return meeting.status === 'open' && canRunMeetings(user, meeting.region);
}

/** The server's rule, shared: the region's chair, or its analysts standing in. */
export function canRunMeetings(user: MeetingUser, region: string): boolean {
  return mayRunMeetings(user, region);
}
