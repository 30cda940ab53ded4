import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, type PeriodQuery } from '../utils/period-query';

/**
 * Which period to plan: a holiday in a year (jul och nyår, påsk, Kristi himmelsfärd, midsommar, a
 * year's red days) or any dates. A preset changes the view at once; own dates when shown.
 */
export function PeriodPicker({
  value,
  shownYear,
  thisYear,
  onChange,
}: {
  value: PeriodQuery;
  /** The year the view shows (the coming one when none was chosen). */
  shownYear: number | null;
  thisYear: number;
  onChange: (query: PeriodQuery) => void;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const [kind, setKind] = useState<PeriodQuery['period']>(value.period);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];

  function onKind(next: PeriodQuery['period']): void {
    setKind(next);
    if (next !== 'custom') onChange({ period: next });
  }

  function onShow(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange({ period: 'custom', from, to });
  }

  return (
    <form className="period-picker toolbar" onSubmit={onShow} aria-label={t('holidays.period.label')}>
      <div className="field field--inline">
        <label htmlFor="holiday-period">{t('holidays.period.label')}</label>
        <select id="holiday-period" value={kind} onChange={(event) => onKind(event.target.value as PeriodQuery['period'])}>
          {PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`holidays.period.${preset}`)}
            </option>
          ))}
          <option value="custom">{t('holidays.period.custom')}</option>
        </select>
      </div>
      {kind === 'custom' ? (
        <>
          <div className="field field--inline">
            <label htmlFor="holiday-from">{t('holidays.period.from')}</label>
            <input id="holiday-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} required />
          </div>
          <div className="field field--inline">
            <label htmlFor="holiday-to">{t('holidays.period.to')}</label>
            <input id="holiday-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} required />
          </div>
          <button type="submit" className="button button--secondary">
            {t('holidays.period.show')}
          </button>
        </>
      ) : (
        <div className="field field--inline">
          <label htmlFor="holiday-year">{t('holidays.period.year')}</label>
          <select
            id="holiday-year"
            value={String(value.year ?? shownYear ?? thisYear)}
            onChange={(event) => onChange({ period: value.period, year: Number(event.target.value) })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
