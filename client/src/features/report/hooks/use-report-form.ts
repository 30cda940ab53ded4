import { findOutliers, type Outlier, type Report, type ReportValues, type SavedReport, type UnitKind } from '@lagesbild/shared';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { clearDraft, readDraft, writeDraft } from '../../../lib/drafts';
import { currentLanguage } from '../../../lib/i18n';
import { putReport } from '../api/report-api';
import { fieldErrorsFromServer, formStateFrom, validateUnit, type FieldErrors, type UnitFormState } from '../utils/form-values';

export interface FormUnit {
  id: string;
  name: string;
  /** Some figures belong to one kind of unit only (closed beds: hospital wards). */
  kind: UnitKind;
  /** Today's report, if any: its version guards against overwriting someone else's save. */
  report: Report | null;
  lastReport: Report | null;
  /** The unit's recent days for the outlier check (may be empty). */
  recent: Partial<ReportValues>[];
}

export interface UnitEntry {
  state: UnitFormState;
  /** The stored version the figures were typed against; 0 when the day had no report yet. */
  baseVersion: number;
  errors: FieldErrors;
  /** What someone else saved while this user was editing (a 409). */
  conflict: Report | null;
  /** Figures the server thought odd after saving, that the user was not already asked about. */
  serverOutliers: Outlier[];
}

export interface OutlierQuestion {
  unitId: string;
  outliers: Outlier[];
}

export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'saved'; at: string; units: number }
  | { kind: 'partial'; saved: number; failed: number }
  | { kind: 'failed'; status: number | null };

/** What is kept of the form between page loads: per unit, the inputs and the version they build on. */
interface ReportDraft {
  units: Record<string, { state: UnitFormState; baseVersion: number | null }>;
}

function isReportDraft(value: unknown): value is ReportDraft {
  if (typeof value !== 'object' || value === null) return false;
  const units = (value as { units?: unknown }).units;
  if (typeof units !== 'object' || units === null) return false;
  return Object.values(units).every((unit: unknown) => {
    const state = (unit as { state?: Partial<UnitFormState> } | null)?.state;
    return typeof state?.capacity === 'string' && typeof state.destinations === 'object' && typeof state.comment === 'string';
  });
}

function toDraft(entries: Record<string, UnitEntry>): ReportDraft {
  return {
    units: Object.fromEntries(
      Object.entries(entries).map(([id, entry]) => [id, { state: entry.state, baseVersion: entry.baseVersion }]),
    ),
  };
}

function initialEntries(units: readonly FormUnit[], draft: ReportDraft | null): Record<string, UnitEntry> {
  return Object.fromEntries(
    units.map((unit) => {
      const drafted = draft?.units[unit.id];
      return [
        unit.id,
        {
          state:
            drafted?.state ?? formStateFrom(unit.report ?? unit.lastReport, unit.report !== null, currentLanguage() === 'sv'),
          // A draft keeps the version it was typed against: if someone saved since, the save is a 409
          // that shows their figures, never a silent overwrite. With no report yet that version is 0,
          // so two people entering the day's first report cannot overwrite each other either.
          baseVersion: (drafted ? drafted.baseVersion : unit.report?.version) ?? 0,
          errors: {},
          conflict: null,
          serverOutliers: [],
        },
      ];
    }),
  );
}

/** The entry form's state and its one save: validate all, ask about outliers, save every unit. */
export function useReportForm(units: readonly FormUnit[], date: string, onSaved: () => void, draftKey?: string) {
  const [start] = useState(() => {
    const draft = draftKey ? readDraft(draftKey, isReportDraft) : null;
    const restored = draft !== null && units.some((unit) => draft.units[unit.id] !== undefined);
    return { entries: initialEntries(units, restored ? draft : null), restored };
  });
  const [entries, setEntries] = useState(start.entries);
  /** Unsaved figures from an earlier page (a session that ran out, a reload) are in the form. */
  const [restored, setRestored] = useState(start.restored);
  // Only what the user changed is kept as a draft; opening the form stores nothing.
  const edited = useRef(start.restored);
  useEffect(() => {
    if (draftKey && edited.current) writeDraft(draftKey, toDraft(entries));
  }, [draftKey, entries]);
  const [questions, setQuestions] = useState<OutlierQuestion[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });

  const patch = (unitId: string, change: Partial<UnitEntry>): void =>
    setEntries((current) => {
      const entry = current[unitId];
      return entry ? { ...current, [unitId]: { ...entry, ...change } } : current;
    });

  const setState = (unitId: string, state: UnitFormState): void => {
    edited.current = true;
    patch(unitId, { state });
  };

  /** Leave the restored draft: back to what is saved. */
  function discardDraft(): void {
    if (draftKey) clearDraft(draftKey);
    edited.current = false;
    setEntries(initialEntries(units, null));
    setRestored(false);
    setOutcome({ kind: 'idle' });
  }

  /** Validate everything; returns false (and shows the errors) when anything is wrong. */
  function validateAll(source: Record<string, UnitEntry>): Map<string, ReportValues> | null {
    const values = new Map<string, ReportValues>();
    const next = { ...source };
    let valid = true;
    for (const unit of units) {
      const entry = source[unit.id];
      if (!entry) continue;
      const result = validateUnit(entry.state);
      next[unit.id] = { ...entry, errors: result.ok ? {} : result.errors };
      if (result.ok) values.set(unit.id, result.values);
      else valid = false;
    }
    setEntries(next);
    return valid ? values : null;
  }

  async function submit(options: { skipOutlierCheck?: boolean; source?: Record<string, UnitEntry> } = {}): Promise<void> {
    const source = options.source ?? entries;
    const values = validateAll(source);
    if (!values) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    if (!options.skipOutlierCheck) {
      const found = units
        .map((unit) => ({ unitId: unit.id, outliers: findOutliers(values.get(unit.id) ?? {}, unit.recent) }))
        .filter((question) => question.outliers.length > 0);
      if (found.length > 0) {
        setQuestions(found);
        return;
      }
    }
    await save(values, source, options.skipOutlierCheck ? (questions ?? []) : []);
  }

  async function save(
    values: Map<string, ReportValues>,
    source: Record<string, UnitEntry>,
    confirmed: OutlierQuestion[],
  ): Promise<void> {
    setQuestions(null);
    setSaving(true);
    const ids = [...values.keys()];
    const results = await Promise.allSettled(
      ids.map((id) => putReport(id, date, values.get(id) as ReportValues, source[id]?.baseVersion ?? 0)),
    );
    setSaving(false);
    if (results.every((result) => result.status === 'fulfilled')) {
      // Everything is stored: nothing left to keep. (A partial save keeps the draft, with the saved
      // units' new versions.)
      if (draftKey) clearDraft(draftKey);
      edited.current = false;
      setRestored(false);
    }
    let saved = 0;
    let lastStatus: number | null = null;
    let latest = '';
    setEntries((current) => {
      const next = { ...current };
      results.forEach((result, index) => {
        const id = ids[index] as string;
        const entry = next[id];
        if (!entry) return;
        if (result.status === 'fulfilled') {
          next[id] = {
            ...entry,
            baseVersion: result.value.version,
            errors: {},
            conflict: null,
            serverOutliers: unasked(result.value, confirmed, id),
          };
          return;
        }
        const error: unknown = result.reason;
        if (isApiError(error, 409) && error.body?.current) next[id] = { ...entry, conflict: error.body.current };
        else if (isApiError(error, 400)) next[id] = { ...entry, errors: fieldErrorsFromServer(error.body) };
      });
      return next;
    });
    results.forEach((result) => {
      if (result.status === 'fulfilled') {
        saved += 1;
        if (result.value.updatedAt > latest) latest = result.value.updatedAt;
      } else {
        lastStatus = isApiError(result.reason) ? result.reason.status : null;
      }
    });
    if (saved === ids.length) setOutcome({ kind: 'saved', at: latest || new Date().toISOString(), units: saved });
    else if (saved > 0) setOutcome({ kind: 'partial', saved, failed: ids.length - saved });
    else setOutcome({ kind: 'failed', status: lastStatus });
    if (saved > 0) onSaved();
  }

  /** The outlier question answered "yes, save anyway". */
  function confirmOutliers(): Promise<void> {
    return submit({ skipOutlierCheck: true });
  }

  function cancelOutliers(): void {
    setQuestions(null);
  }

  /** 409, "use theirs": load what the other person saved, and build on their version. */
  function takeTheirs(unitId: string): void {
    const conflict = entries[unitId]?.conflict;
    if (!conflict) return;
    patch(unitId, {
      state: formStateFrom(conflict, true, currentLanguage() === 'sv'),
      baseVersion: conflict.version,
      conflict: null,
      errors: {},
    });
  }

  /** 409, "keep mine": overwrite their version knowingly, and save at once. */
  function keepMine(unitId: string): Promise<void> {
    const entry = entries[unitId];
    if (!entry?.conflict) return Promise.resolve();
    const source = { ...entries, [unitId]: { ...entry, baseVersion: entry.conflict.version, conflict: null } };
    setEntries(source);
    return submit({ source, skipOutlierCheck: true });
  }

  return {
    entries,
    setState,
    submit,
    saving,
    outcome,
    questions,
    confirmOutliers,
    cancelOutliers,
    takeTheirs,
    keepMine,
    restored,
    discardDraft,
  };
}

function unasked(saved: SavedReport, confirmed: readonly OutlierQuestion[], unitId: string): Outlier[] {
  const asked = new Set(
    confirmed.filter((question) => question.unitId === unitId).flatMap((question) => question.outliers.map((o) => o.field)),
  );
  return (saved.outliers ?? []).filter((outlier) => !asked.has(outlier.field));
}
