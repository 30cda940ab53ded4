import { type HolidayView } from '@lagesbild/shared';
import ExcelJS from 'exceljs';

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
export const PERIOD_NAMES: Record<HolidayView['period']['kind'], string> = {
  christmas: 'Jul och nyår',
  easter: 'Påsk',
  ascension: 'Kristi himmelsfärd',
  midsummer: 'Midsommar',
  redDays: 'Röda dagar',
  custom: 'Egen period',
};

type Cell = string | number | null;
interface Column {
  header: string;
  width: number;
  /** Kept as typed text (never a number, a date or a formula). */
  text?: boolean;
}

const COLUMNS: Column[] = [
  { header: 'kommunkod', width: 9, text: true },
  { header: 'kommun', width: 16, text: true },
  { header: 'datum', width: 11, text: true },
  { header: 'veckodag', width: 10, text: true },
  { header: 'röd dag', width: 22, text: true },
  { header: 'förväntade utskrivningar', width: 12 },
  { header: 'utskrivningar tidigare år, median', width: 12 },
  { header: 'tidigare år, lägst', width: 10 },
  { header: 'tidigare år, högst', width: 10 },
  { header: 'vanlig vardag, median', width: 12 },
  { header: 'biståndshandläggare i tjänst', width: 14 },
  { header: 'Trygg hemgång', width: 12, text: true },
  { header: 'telefon', width: 16, text: true },
  { header: 'ändrad', width: 24, text: true },
  { header: 'ändrad av', width: 16, text: true },
];

/** The rows of the county's plan: one per municipality and day, with the comparison beside the staffing. */
export function planRows(view: HolidayView): Cell[][] {
  return view.municipalities.flatMap((municipality) => {
    const planned = new Map(municipality.plan.map((day) => [day.date, day]));
    return municipality.comparison.days.map((day, index) => {
      const periodDay = view.days[index];
      const plan = planned.get(day.date);
      return [
        municipality.code,
        municipality.name,
        day.date,
        WEEKDAYS[new Date(`${day.date}T12:00:00Z`).getUTCDay()] ?? '',
        periodDay?.holiday ?? (periodDay?.nonWorking ? 'helg' : null),
        day.expected,
        day.spread.median,
        day.spread.min,
        day.spread.max,
        municipality.comparison.ordinary.median,
        plan?.caseworkers ?? null,
        plan?.tryggHemgang == null ? null : plan.tryggHemgang ? 'öppen' : 'stängd',
        plan?.phone ?? null,
        plan?.updatedAt ?? null,
        plan?.updatedBy ?? null,
      ];
    });
  });
}

/**
 * The county's holiday plan as an Excel workbook. Small (municipalities × days of one period), so
 * built in memory; text columns are text-formatted, and exceljs writes every cell as a value, so a
 * phone number or a name can never run as a formula.
 */
export async function planWorkbook(view: HolidayView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lägesbild';
  book.title = `${view.regionName}: ${PERIOD_NAMES[view.period.kind]} ${view.period.from}–${view.period.to}`;
  const sheet = book.addWorksheet('Helgplanering', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.text ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const row of planRows(view)) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}
