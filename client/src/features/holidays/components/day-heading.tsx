import type { PeriodDay } from '@lagesbild/shared';
import { formatShortDay, formatWeekday } from '../../../lib/format';

/** A period day as a column or row heading: weekday, date, and the red day's name. */
export function DayHeading({ day }: { day: PeriodDay }) {
  return (
    <>
      <span className="holiday-day__weekday">{formatWeekday(day.date)}</span> <span>{formatShortDay(day.date)}</span>
      {day.holiday ? <span className="holiday-day__name">{day.holiday}</span> : null}
    </>
  );
}

/** The class that shades a day off (a weekend, a red day or an eve) in every table. */
export function dayClass(day: PeriodDay): string | undefined {
  return day.holiday ? 'holiday-day holiday-day--red' : day.nonWorking ? 'holiday-day holiday-day--off' : undefined;
}
