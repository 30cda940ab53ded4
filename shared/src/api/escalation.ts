import type { SuggestibleLevel } from '../domain/escalation.js';
import type { FiredTrigger } from '../rules/escalation-triggers.js';
import type { EscalationLevelState, EscalationSettingsValues } from '../schemas/escalation.js';

/** A region's settings as stored: the values and who last changed them (the defaults: version 0). */
export type EscalationSettings = EscalationSettingsValues & {
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** One version of an organisation's declared level, as the history lists it (newest first). */
export type EscalationLevelVersion = EscalationLevelState;

export const SUGGESTION_STATUSES = ['open', 'confirmed', 'dismissed', 'superseded'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/**
 * A level the triggers suggested to the chair, with the figures behind it. Never a declaration: the
 * chair confirms (which declares it) or dismisses; every suggestion is kept.
 */
export interface EscalationSuggestion {
  id: string;
  region: string;
  level: SuggestibleLevel;
  /** The reporting day whose figures fired it. */
  date: string;
  fired: FiredTrigger[];
  status: SuggestionStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  note: string | null;
}

/** A reminder or digest the server sent (or would have sent), as the log lists it. */
export interface ReminderLogEntry {
  kind: 'reminder' | 'digest';
  date: string;
  deadline: string;
  /** 1 at the deadline; 2 when the still missing are reminded again with the digest (stabsläge and above). */
  round: number;
  username: string;
  organizations: string[];
  /** How the person was reached: always in the app; by mail when they have an address and mail is on. */
  mail: 'pending' | 'sent' | 'failed' | 'off' | 'no-address' | 'opted-out';
  createdAt: string;
}

export type { EscalationLevelState };
