import type { HolidayMunicipality, HolidayView, StoredPlanDay } from '@lagesbild/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { fieldErrorsFromServer, type FieldErrors } from '../../../lib/field-errors';
import { holidaysKey, putHolidayPlan } from '../api/holidays-api';
import { planPeriod, type PeriodQuery } from '../utils/period-query';
import { changedDays, dayStateFrom, gridFrom, rekey, validateDays, type PlanDayState } from '../utils/plan-grid';

export type PlanOutcome =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'nothing' }
  | { kind: 'saved'; days: number }
  | { kind: 'conflict'; theirs: StoredPlanDay[] }
  | { kind: 'failed'; status: number | null };

/**
 * A municipality's staffing grid for the view's days: what is typed, the versions it was read at,
 * and its one save (the changed days in one PUT, all or nothing). While nothing is typed it
 * follows what is stored, so a colleague's save shows at once; once typed, a colleague's save of
 * the same day is a 409 whose values replace those days.
 */
export function usePlanGrid(region: string, view: HolidayView, municipality: HolidayMunicipality, query: PeriodQuery) {
  const queryClient = useQueryClient();
  const [read, setRead] = useState<PlanDayState[]>(() => gridFrom(view, municipality));
  const [grid, setGrid] = useState<PlanDayState[]>(read);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<PlanOutcome>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);
  const edited = changedDays(grid, read).length > 0;

  // A fresh view (someone saved, live): follow it while nothing is typed (set during render, as
  // React advises for state that follows a prop, rather than in an effect).
  const [seen, setSeen] = useState(municipality);
  if (seen !== municipality) {
    setSeen(municipality);
    if (!edited) {
      const fresh = gridFrom(view, municipality);
      setRead(fresh);
      setGrid(fresh);
    }
  }

  function update(index: number, change: Partial<Omit<PlanDayState, 'date' | 'version'>>): void {
    setGrid((current) => current.map((day, position) => (position === index ? { ...day, ...change } : day)));
    setOutcome({ kind: 'idle' });
  }

  async function save(): Promise<void> {
    const changed = changedDays(grid, read);
    if (changed.length === 0) {
      setOutcome({ kind: 'nothing' });
      return;
    }
    const period = planPeriod(query, view.period.year);
    const validation = validateDays(period, grid, changed);
    if (!validation.ok) {
      setErrors(validation.errors);
      setOutcome({ kind: 'invalid' });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await putHolidayPlan(region, municipality.code, { period, days: validation.days });
      const stored = new Map(saved.days.map((day) => [day.date, day]));
      const next = grid.map((day) => (stored.has(day.date) ? dayStateFrom(day.date, stored.get(day.date)) : day));
      setRead(next);
      setGrid(next);
      setOutcome({ kind: 'saved', days: changed.length });
      void queryClient.invalidateQueries({ queryKey: holidaysKey(region) });
    } catch (error) {
      if (isApiError(error, 400)) {
        setErrors(rekey(fieldErrorsFromServer(error.body), grid, changed));
        setOutcome({ kind: 'invalid' });
      } else if (isApiError(error, 409)) {
        // Their values replace the days they saved; the rest of what was typed stays.
        const theirs = (error.body?.current as unknown as StoredPlanDay[] | undefined) ?? [];
        const byDate = new Map(theirs.map((day) => [day.date, day]));
        const replace = (days: PlanDayState[]) =>
          days.map((day) => (byDate.has(day.date) ? dayStateFrom(day.date, byDate.get(day.date)) : day));
        setRead(replace);
        setGrid(replace);
        setOutcome({ kind: 'conflict', theirs });
      } else {
        setOutcome({ kind: 'failed', status: isApiError(error) ? error.status : null });
      }
    } finally {
      setSaving(false);
    }
  }

  return { grid, errors, outcome, saving, edited, update, save };
}
