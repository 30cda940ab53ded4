import {
  isIsoDate,
  LINE_KINDS,
  PLACE_UNIT_KINDS,
  shiftDay,
  type LineKind,
  type PlaceUnitKind,
  type StaffRole,
  type Urgency,
} from '@lagesbild/shared';
import { parseNumber } from '../../../lib/parse-number';

/** A line as the form holds it: text as typed, every kind's fields, so switching kind loses nothing. */
export interface LineDraft {
  key: number;
  kind: LineKind;
  quantity: string;
  unitKind: PlaceUnitKind;
  staffRole: StaffRole;
  itemTypeId: string;
  from: string;
  to: string;
  until: string;
}

export interface RequestDraft {
  reason: string;
  urgency: Urgency;
  neededBy: string;
  lines: LineDraft[];
}

/** How long a places or staff line runs unless the requester says otherwise: two weeks. */
export const DEFAULT_LINE_DAYS = 14;

let nextKey = 1;

export function newLine(from: string, overrides: Partial<LineDraft> = {}): LineDraft {
  return {
    key: nextKey++,
    kind: 'places',
    quantity: '',
    unitKind: 'short_term',
    staffRole: 'nurse',
    itemTypeId: '',
    from,
    to: shiftDay(from, DEFAULT_LINE_DAYS - 1),
    until: shiftDay(from, DEFAULT_LINE_DAYS - 1),
    ...overrides,
  };
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/**
 * The form's start, prefilled from the address (the forecast's early warning links here):
 * `?kind=places&quantity=6&neededBy=2026-12-08&unitKind=short_term`. Anything unreadable is ignored.
 */
export function draftFromParams(params: URLSearchParams, today: string): RequestDraft {
  const neededByParam = params.get('neededBy');
  const neededBy = neededByParam && isIsoDate(neededByParam) && neededByParam >= today ? neededByParam : today;
  const quantity = parseNumber(params.get('quantity') ?? '');
  const kind = oneOf(LINE_KINDS, params.get('kind')) ?? 'places';
  const unitKind = oneOf(PLACE_UNIT_KINDS, params.get('unitKind')) ?? 'short_term';
  return {
    reason: '',
    urgency: 'normal',
    neededBy,
    lines: [
      newLine(neededBy, {
        kind,
        unitKind,
        quantity: quantity !== undefined && Number.isInteger(quantity) && quantity > 0 ? String(quantity) : '',
      }),
    ],
  };
}

/** What the form sends: each line with the fields of its kind, numbers read the Swedish way. */
export function inputFromDraft(draft: RequestDraft, asDraft: boolean): unknown {
  return {
    reason: draft.reason.trim(),
    urgency: draft.urgency,
    neededBy: draft.neededBy,
    draft: asDraft,
    lines: draft.lines.map((line) => {
      const quantity = parseNumber(line.quantity);
      switch (line.kind) {
        case 'places':
          return { kind: 'places', quantity, unitKind: line.unitKind, from: line.from, to: line.to };
        case 'staff':
          return { kind: 'staff', quantity, staffRole: line.staffRole, from: line.from, to: line.to };
        case 'equipment':
          return { kind: 'equipment', quantity, itemTypeId: line.itemTypeId, until: line.until };
        default: {
          const unreachable: never = line.kind;
          throw new Error(`unknown kind ${String(unreachable)}`);
        }
      }
    }),
  };
}
