import type { FlowRowInput, FlowsConflictBody, StoredFlowRow } from '@lagesbild/shared';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { clearDraft, readDraft, writeDraft } from '../../../lib/drafts';
import { fieldErrorsFromServer, type FieldErrors } from '../../../lib/field-errors';
import { putFlows } from '../api/flows-api';
import { FLOW_FIELDS, isBlank, rowStateFrom, validateRow, type FlowField, type FlowRowState } from '../utils/flow-rows';

export interface FlowMunicipality {
  code: string;
  name: string;
  /** The row stored for the form's date, if any. */
  today: StoredFlowRow | null;
  /** The latest row on or before the date, to prefill from. */
  last: StoredFlowRow | null;
}

export type FlowsOutcome =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'empty' }
  | { kind: 'saved'; at: string; rows: number }
  | { kind: 'conflict' }
  | { kind: 'failed'; status: number | null };

type Rows = Record<string, FlowRowState>;
/** Per municipality, the stored version its row was typed against: 0 when the day had none. */
type Versions = Record<string, number>;

/** What is kept between page loads: the inputs and the versions they build on. */
interface FlowsDraft {
  rows: Rows;
  versions: Versions;
}

function isRows(value: unknown): value is Rows {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (row: unknown) =>
      typeof row === 'object' &&
      row !== null &&
      FLOW_FIELDS.every((field) => typeof (row as Record<string, unknown>)[field] === 'string'),
  );
}

function isFlowsDraft(value: unknown): value is FlowsDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { rows, versions } = value as Partial<FlowsDraft>;
  return isRows(rows) && typeof versions === 'object' && versions !== null;
}

function storedRows(municipalities: readonly FlowMunicipality[]): Rows {
  return Object.fromEntries(municipalities.map((m) => [m.code, rowStateFrom(m.today ?? m.last)]));
}

function storedVersions(municipalities: readonly FlowMunicipality[]): Versions {
  return Object.fromEntries(municipalities.map((m) => [m.code, m.today?.version ?? 0]));
}

/** The flows table's state and its one save: every filled-in municipality in one PUT. */
export function useFlowsForm(region: string, date: string, municipalities: readonly FlowMunicipality[], draftKey?: string) {
  const [start] = useState(() => {
    const draft = draftKey ? readDraft(draftKey, isFlowsDraft) : null;
    const restored = draft !== null && municipalities.some((m) => draft.rows[m.code] !== undefined);
    const stored = storedRows(municipalities);
    const versions = storedVersions(municipalities);
    // A draft keeps the versions it was typed against: someone's save since then is a 409, not overwritten.
    return {
      rows: restored ? { ...stored, ...draft.rows } : stored,
      versions: restored ? { ...versions, ...draft.versions } : versions,
      restored,
    };
  });
  const [rows, setRows] = useState<Rows>(start.rows);
  // Fixed when the table is read (not followed live): a colleague's save meanwhile must be a 409.
  const [versions, setVersions] = useState<Versions>(start.versions);
  /** What others saved meanwhile, per municipality (a 409). */
  const [conflicts, setConflicts] = useState<StoredFlowRow[]>([]);
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<FlowsOutcome>({ kind: 'idle' });
  const [restored, setRestored] = useState(start.restored);
  // Only what the user changed is kept as a draft (lib/drafts); opening the page stores nothing.
  const edited = useRef(start.restored);
  useEffect(() => {
    if (draftKey && edited.current) writeDraft(draftKey, { rows, versions } satisfies FlowsDraft);
  }, [draftKey, rows, versions]);

  function setCell(code: string, field: FlowField, value: string): void {
    edited.current = true;
    setRows((current) => ({ ...current, [code]: { ...(current[code] ?? rowStateFrom(null)), [field]: value } }));
  }

  /** Cells pasted from a spreadsheet fill rightwards and downwards from the cell pasted into. */
  function paste(code: string, field: FlowField, grid: string[][]): void {
    const firstRow = municipalities.findIndex((m) => m.code === code);
    const firstColumn = FLOW_FIELDS.indexOf(field);
    if (firstRow < 0 || firstColumn < 0) return;
    edited.current = true;
    setRows((current) => {
      const next = { ...current };
      grid.forEach((cells, rowOffset) => {
        const municipality = municipalities[firstRow + rowOffset];
        if (!municipality) return;
        const row = { ...(next[municipality.code] ?? rowStateFrom(null)) };
        cells.forEach((cell, columnOffset) => {
          const target = FLOW_FIELDS[firstColumn + columnOffset];
          if (target) row[target] = cell;
        });
        next[municipality.code] = row;
      });
      return next;
    });
  }

  function discardDraft(): void {
    if (draftKey) clearDraft(draftKey);
    edited.current = false;
    setRows(storedRows(municipalities));
    setVersions(storedVersions(municipalities));
    setConflicts([]);
    setErrors({});
    setRestored(false);
    setOutcome({ kind: 'idle' });
  }

  async function submit(source: { rows: Rows; versions: Versions } = { rows, versions }): Promise<void> {
    const send: FlowRowInput[] = [];
    const found: Record<string, FieldErrors> = {};
    for (const municipality of municipalities) {
      const state = source.rows[municipality.code];
      // A municipality without figures today is left out, not saved as zeros.
      if (!state || isBlank(state)) continue;
      const result = validateRow(municipality.code, state);
      if (result.ok) send.push({ ...result.row, expectedVersion: source.versions[municipality.code] ?? 0 });
      else found[municipality.code] = result.errors;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return setOutcome({ kind: 'invalid' });
    if (send.length === 0) return setOutcome({ kind: 'empty' });

    setSaving(true);
    try {
      const response = await putFlows(region, date, send);
      if (draftKey) clearDraft(draftKey);
      edited.current = false;
      setRestored(false);
      setConflicts([]);
      setVersions((current) => ({
        ...current,
        ...Object.fromEntries(response.rows.map((row) => [row.municipalityCode, row.version])),
      }));
      const at = response.rows.reduce((latest, row) => (row.updatedAt > latest ? row.updatedAt : latest), '');
      setOutcome({ kind: 'saved', at: at || new Date().toISOString(), rows: send.length });
    } catch (error) {
      if (isApiError(error, 400)) {
        setErrors(errorsByMunicipality(fieldErrorsFromServer(error.body), send));
        setOutcome({ kind: 'invalid' });
      } else if (isApiError(error, 409)) {
        setConflicts((error.body as FlowsConflictBody | null)?.current ?? []);
        setOutcome({ kind: 'conflict' });
      } else {
        setOutcome({ kind: 'failed', status: isApiError(error) ? error.status : null });
      }
    } finally {
      setSaving(false);
    }
  }

  /** 409, "use theirs": load what the other person saved for the municipality, and build on their version. */
  function takeTheirs(code: string): void {
    const theirs = conflicts.find((row) => row.municipalityCode === code);
    if (!theirs) return;
    edited.current = true;
    setRows((current) => ({ ...current, [code]: rowStateFrom(theirs) }));
    setVersions((current) => ({ ...current, [code]: theirs.version }));
    setConflicts((current) => current.filter((row) => row !== theirs));
  }

  /** 409, "keep mine": save over their version knowingly, at once. */
  function keepMine(code: string): Promise<void> {
    const theirs = conflicts.find((row) => row.municipalityCode === code);
    if (!theirs) return Promise.resolve();
    const next = { ...versions, [code]: theirs.version };
    setVersions(next);
    setConflicts((current) => current.filter((row) => row !== theirs));
    return submit({ rows, versions: next });
  }

  return { rows, errors, setCell, paste, submit, saving, outcome, restored, discardDraft, conflicts, takeTheirs, keepMine };
}

/** A 400 names `rows.<index>.<field>`; the table shows it at that municipality's cell. */
function errorsByMunicipality(errors: FieldErrors, sent: readonly FlowRowInput[]): Record<string, FieldErrors> {
  const byMunicipality: Record<string, FieldErrors> = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^rows\.(\d+)\.(.+)$/.exec(path);
    const code = match ? sent[Number(match[1])]?.municipalityCode : undefined;
    if (!match || !code) continue;
    (byMunicipality[code] ??= {})[match[2] as string] = message;
  }
  return byMunicipality;
}
