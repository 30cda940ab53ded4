import type { Meeting } from '@lagesbild/shared';

/** Followers, answers and refetches all carry whole meetings: the highest version wins. */
export function newerMeeting(current: Meeting | undefined, incoming: Meeting): Meeting {
  if (!current || current.id !== incoming.id) return incoming;
  return incoming.version > current.version ? incoming : current;
}

export function canSteer(user: { role: string; regionCode: string }, meeting: Pick<Meeting, 'region' | 'status'>): boolean {
  return meeting.status === 'open' && canRunMeetings(user, meeting.region);
}

/** The chair runs meetings; the region's analysts stand in for the chair. */
export function canRunMeetings(user: { role: string; regionCode: string }, region: string): boolean {
  return (user.role === 'chair' || user.role === 'analyst') && user.regionCode === region;
}
