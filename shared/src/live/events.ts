import type { MeetingUpdatedEvent } from '../api/meetings.js';
import type { Report, Situation, StoredFlowRow } from '../api/types.js';

export const LIVE_NAMESPACE = '/live';

export interface ReportUpdatedEvent {
  seq: number;
  region: string;
  date: string;
  organizationCode: string;
  unitId: string;
  report: Report;
}

export interface FlowsUpdatedEvent {
  seq: number;
  region: string;
  date: string;
  rows: StoredFlowRow[];
}

/** Sent every few seconds so a client notices a missed last change even when nothing follows it. */
export interface SeqHeartbeat {
  region: string;
  seq: number;
}

/** Every change kept in the change log, as replayed to a client that reconnects. */
export type LiveChange =
  { type: 'report.updated'; payload: ReportUpdatedEvent } | { type: 'flows.updated'; payload: FlowsUpdatedEvent };

export interface SubscribeRequest {
  region: string;
  /** The last seq the client applied; the server replays what came after it when it can. */
  sinceSeq?: number;
}

export type SubscribeAck =
  { ok: true; region: string; seq: number; mode: 'situation' | 'replay' } | { ok: false; error: 'forbidden' | 'invalid' };

export interface ServerToClientEvents {
  situation: (situation: Situation) => void;
  'report.updated': (event: ReportUpdatedEvent) => void;
  'flows.updated': (event: FlowsUpdatedEvent) => void;
  'region.seq': (heartbeat: SeqHeartbeat) => void;
  'session.ended': (info: { reason: 'logout' | 'expired' | 'revoked' }) => void;
  /** The whole meeting after any change to it; sent to its followers, and on `meeting.follow`. */
  'meeting.updated': (event: MeetingUpdatedEvent) => void;
}

export type FollowAck =
  | {
      ok: true;
      version: number;
      /** The server counts this screen as activity: the chair's presentation of a running meeting. */
      keepsSessionAlive: boolean;
    }
  | { ok: false; error: 'forbidden' | 'not_found' | 'invalid' };

export interface ClientToServerEvents {
  subscribe: (request: SubscribeRequest, ack: (ack: SubscribeAck) => void) => void;
  unsubscribe: (request: { region: string }, ack?: (ack: { ok: boolean }) => void) => void;
  /** `present`: this is the meeting's presentation screen (kept alive only for whoever steers it). */
  'meeting.follow': (request: { meetingId: string; present?: boolean }, ack: (ack: FollowAck) => void) => void;
  'meeting.unfollow': (request: { meetingId: string }, ack?: (ack: { ok: boolean }) => void) => void;
}
