import type { Situation } from '@lagesbild/shared';
import { figuresFor, type FigureId, type FigureValue, type OrganizationFigures } from './organization-figures';

export interface FigureChange {
  frozen: FigureValue;
  live: FigureValue;
}

export interface LiveDifference {
  /** Figures whose live value differs from the frozen one. */
  figures: Partial<Record<FigureId, FigureChange>>;
  /** The live comments, when they differ from the frozen ones. */
  comments: OrganizationFigures['comments'] | null;
  any: boolean;
}

const NO_DIFFERENCE: LiveDifference = { figures: {}, comments: null, any: false };

/**
 * "Ändrat under mötet": what changed for one organisation between the meeting's frozen snapshot
 * and the live situation. Only the same day compares: a meeting opened again tomorrow would
 * otherwise call every figure changed.
 */
export function changedDuringMeeting(snapshot: Situation, live: Situation | null | undefined, code: string): LiveDifference {
  if (!live || live.region !== snapshot.region || live.date !== snapshot.date) return NO_DIFFERENCE;
  const frozen = figuresFor(snapshot, code);
  const current = figuresFor(live, code);
  if (!frozen || !current) return NO_DIFFERENCE;
  const figures: Partial<Record<FigureId, FigureChange>> = {};
  for (const id of Object.keys(frozen.values) as FigureId[]) {
    if (frozen.values[id] !== current.values[id]) figures[id] = { frozen: frozen.values[id], live: current.values[id] };
  }
  const sameComments = JSON.stringify(frozen.comments) === JSON.stringify(current.comments);
  const comments = sameComments ? null : current.comments;
  return { figures, comments, any: Object.keys(figures).length > 0 || comments !== null };
}

/** Every participant that changed during the meeting, for the overview and the announcement. */
export function changedOrganizations(
  snapshot: Situation,
  live: Situation | null | undefined,
  codes: readonly string[],
): string[] {
  return codes.filter((code) => changedDuringMeeting(snapshot, live, code).any);
}

/**
 * Change since the previous meeting, per numeric figure, where both meetings had the figure.
 * Staffing is a word, so it is compared as "was X" instead (see `previousValue`).
 */
export function changeSincePrevious(
  previous: Situation | null | undefined,
  snapshot: Situation,
  code: string,
): Partial<Record<FigureId, number>> {
  const before = figuresFor(previous, code);
  const now = figuresFor(snapshot, code);
  if (!before || !now) return {};
  const changes: Partial<Record<FigureId, number>> = {};
  for (const id of Object.keys(now.values) as FigureId[]) {
    const a = before.values[id];
    const b = now.values[id];
    if (typeof a === 'number' && typeof b === 'number') changes[id] = Math.round((b - a) * 10) / 10;
  }
  return changes;
}

/** A figure's value at the previous meeting (for words like staffing, "was strained"). */
export function previousValue(previous: Situation | null | undefined, code: string, id: FigureId): FigureValue {
  return figuresFor(previous, code)?.values[id] ?? null;
}
