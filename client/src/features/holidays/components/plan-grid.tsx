import type { HolidayMunicipality, HolidayView } from '@lagesbild/shared';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../components/field-message';
import { ScrollRegion } from '../../../components/scroll-region';
import { formatFigure, formatShortDay, formatTime } from '../../../lib/format';
import { usePlanGrid, type PlanOutcome } from '../hooks/use-plan-grid';
import type { PeriodQuery } from '../utils/period-query';
import type { TryggHemgang } from '../utils/plan-grid';
import { DayHeading, dayClass } from './day-heading';

const cellId = (index: number, field: string) => `plan-${index}-${field}`;

function Outcome({ outcome }: { outcome: PlanOutcome }) {
  const { t } = useTranslation();
  switch (outcome.kind) {
    case 'idle':
      return null;
    case 'saved':
      return <p className="save-status save-status--saved">{t('holidays.grid.saved', { count: outcome.days })}</p>;
    case 'nothing':
      return <p className="save-status">{t('holidays.grid.nothing')}</p>;
    case 'invalid':
      return <p className="form-error">{t('holidays.grid.fixErrors')}</p>;
    case 'conflict':
      return (
        <p className="form-error">
          {t('holidays.grid.conflict', {
            user: outcome.theirs[0]?.updatedBy ?? '',
            days: outcome.theirs.map((day) => formatShortDay(day.date)).join(', '),
            time: outcome.theirs[0] ? formatTime(outcome.theirs[0].updatedAt) : '',
          })}
        </p>
      );
    case 'failed':
      return <p className="form-error">{outcome.status === 403 ? t('holidays.grid.forbidden') : t('holidays.grid.failed')}</p>;
  }
}

/**
 * A municipality's staffing for each day of the period, in one grid: caseworkers on duty, Trygg
 * hemgång open or not, a phone number; beside each day, earlier years' discharges and what is
 * expected this year. Saved with one button.
 */
export function PlanGrid({
  region,
  view,
  municipality,
  query,
}: {
  region: string;
  view: HolidayView;
  municipality: HolidayMunicipality;
  query: PeriodQuery;
}) {
  const { t } = useTranslation();
  const form = usePlanGrid(region, view, municipality, query);

  // After a refused save, go to the first figure to correct.
  useEffect(() => {
    if (form.outcome.kind !== 'invalid') return;
    const first = Object.keys(form.errors)
      .map((path) => /^days\.(\d+)\.(\w+)$/.exec(path))
      .find((match) => match !== null);
    if (first) document.getElementById(cellId(Number(first[1]), first[2] ?? ''))?.focus();
  }, [form.outcome, form.errors]);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void form.save();
  }

  const error = (index: number, field: string) => form.errors[`days.${index}.${field}`];
  return (
    <form className="plan-grid" onSubmit={onSubmit} noValidate aria-labelledby="plan-grid-caption" data-testid="plan-grid">
      <ScrollRegion labelledBy="plan-grid-caption">
        <table className="table table--compact holiday-table">
          <caption id="plan-grid-caption" className="table__caption">
            {t('holidays.grid.caption', { municipality: municipality.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('holidays.grid.day')}</th>
              <th scope="col" className="num">
                {t('holidays.grid.earlier')}
              </th>
              <th scope="col" className="num">
                {t('holidays.grid.expected')}
              </th>
              <th scope="col" id="plan-col-caseworkers">
                {t('holidays.grid.caseworkers')}
              </th>
              <th scope="col" id="plan-col-trygg">
                {t('holidays.grid.tryggHemgang')}
              </th>
              <th scope="col" id="plan-col-phone">
                {t('holidays.grid.phone')}
              </th>
            </tr>
          </thead>
          <tbody>
            {form.grid.map((day, index) => {
              const periodDay = view.days[index];
              const comparison = municipality.comparison.days[index];
              const rowId = `plan-row-${index}`;
              return (
                <tr key={day.date} className={periodDay ? dayClass(periodDay) : undefined}>
                  <th scope="row" id={rowId}>
                    {periodDay ? <DayHeading day={periodDay} /> : day.date}
                  </th>
                  <td className="num">
                    {comparison?.spread.median == null
                      ? '–'
                      : `${formatFigure(comparison.spread.median)} (${formatFigure(comparison.spread.min)}–${formatFigure(comparison.spread.max)})`}
                  </td>
                  <td className="num">{formatFigure(comparison?.expected)}</td>
                  <td>
                    <input
                      id={cellId(index, 'caseworkers')}
                      className="plan-grid__number"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-labelledby={`plan-col-caseworkers ${rowId}`}
                      aria-invalid={error(index, 'caseworkers') ? true : undefined}
                      aria-describedby={error(index, 'caseworkers') ? `${cellId(index, 'caseworkers')}-error` : undefined}
                      value={day.caseworkers}
                      onChange={(event) => form.update(index, { caseworkers: event.target.value })}
                    />
                    {error(index, 'caseworkers') ? (
                      <span id={`${cellId(index, 'caseworkers')}-error`} className="field__error">
                        <FieldMessage message={error(index, 'caseworkers') ?? ''} />
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <select
                      id={cellId(index, 'tryggHemgang')}
                      aria-labelledby={`plan-col-trygg ${rowId}`}
                      value={day.tryggHemgang}
                      onChange={(event) => form.update(index, { tryggHemgang: event.target.value as TryggHemgang })}
                    >
                      <option value="">{t('holidays.grid.undecided')}</option>
                      <option value="open">{t('holidays.grid.open')}</option>
                      <option value="closed">{t('holidays.grid.closed')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      id={cellId(index, 'phone')}
                      className="plan-grid__phone"
                      type="tel"
                      autoComplete="off"
                      aria-labelledby={`plan-col-phone ${rowId}`}
                      aria-invalid={error(index, 'phone') ? true : undefined}
                      aria-describedby={error(index, 'phone') ? `${cellId(index, 'phone')}-error` : undefined}
                      value={day.phone}
                      onChange={(event) => form.update(index, { phone: event.target.value })}
                    />
                    {error(index, 'phone') ? (
                      <span id={`${cellId(index, 'phone')}-error`} className="field__error">
                        <FieldMessage message={error(index, 'phone') ?? ''} />
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="form-actions" aria-live="polite">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {t('holidays.grid.save')}
        </button>
        <Outcome outcome={form.outcome} />
      </div>
    </form>
  );
}
