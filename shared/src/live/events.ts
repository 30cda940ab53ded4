import type { MeetingUpdatedEvent } from '../api/meetings.js';
import type { Situation } from '../api/types.js';
import type { LiveChangeEvents } from './changes.js';
import type { MeetingFollowRequest, MeetingUnfollowRequest, SubscribeRequest, UnsubscribeRequest } from './requests.js';

export const LIVE_NAMESPACE = '/live';

/** Sent every few seconds so a client notices a missed last change even when nothing follows it. */
export interface SeqHeartbeat {
  region: string;
  seq: number;
}

/** Why the server refuses a message (or, past the limit, closes the socket: see `live.limit`). */
export type LiveRefusal = 'invalid' | 'rate_limited';

export type SubscribeAck =
  { ok: true; region: string; seq: number; mode: 'situation' | 'replay' } | { ok: false; error: 'forbidden' | LiveRefusal };

export type FollowAck =
  | {
      ok: true;
      version: number;
      /** The server counts this screen as activity: the chair's presentation of a running meeting. */
      keepsSessionAlive: boolean;
    }
  | { ok: false; error: 'forbidden' | 'not_found' | LiveRefusal };

export type PlainAck = { ok: true } | { ok: false; error: LiveRefusal };

/** Each kind of change in the registry is an event of its own name. */
type LiveChangeHandlers = { [K in keyof LiveChangeEvents]: (event: LiveChangeEvents[K]) => void };

export interface ServerToClientEvents extends LiveChangeHandlers {
  situation: (situation: Situation) => void;
  'region.seq': (heartbeat: SeqHeartbeat) => void;
  'session.ended': (info: { reason: 'logout' | 'expired' | 'revoked' }) => void;
  /** Said just before the server closes a socket that kept sending past the rate limit. */
  'live.limit': (info: { reason: 'rate_limited' }) => void;
  /** The whole meeting after any change to it; sent to its followers, and on `meeting.follow`. */
  'meeting.updated': (event: MeetingUpdatedEvent) => void;
}

export interface ClientToServerEvents {
  subscribe: (request: SubscribeRequest, ack: (ack: SubscribeAck) => void) => void;
  unsubscribe: (request: UnsubscribeRequest, ack?: (ack: PlainAck) => void) => void;
  /** `present`: this is the meeting's presentation screen (kept alive only for whoever steers it). */
  'meeting.follow': (request: MeetingFollowRequest, ack: (ack: FollowAck) => void) => void;
  'meeting.unfollow': (request: MeetingUnfollowRequest, ack?: (ack: PlainAck) => void) => void;
}
