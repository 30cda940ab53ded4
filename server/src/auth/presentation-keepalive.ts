import type { Caller } from '../common/caller.js';
import { canSteerMeetings } from '../common/scope.js';

/**
 * The one exception to the 30-minute idle limit: the presentation screen of a running meeting,
 * opened by whoever steers it (the chair, or an analyst standing in). It shows the picture for an
 * hour with nobody touching it. Any other screen following a meeting is just a reader.
 */
export function presentationKeepsSessionAlive(
  caller: Caller,
  meeting: { region: string; status: 'open' | 'closed' },
  asksToPresent: boolean,
): boolean {
  return asksToPresent && caller.via === 'session' && meeting.status === 'open' && canSteerMeetings(caller, meeting.region);
}
