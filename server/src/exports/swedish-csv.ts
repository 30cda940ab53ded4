import type { Options } from 'csv-stringify';

/**
 * CSV as Excel in a Swedish locale opens it: split on semicolons (the comma is its decimal sign),
 * decimal commas, a byte-order mark so å, ä and ö read as UTF-8, and no cell that Excel would run
 * as a formula (text beginning with =, +, -, @, tab or CR gets a leading apostrophe; numbers,
 * negative ones included, stay numbers). Every CSV the server writes uses it.
 */
export const SWEDISH_CSV: Options = {
  delimiter: ';',
  bom: true,
  escape_formulas: true,
  cast: { number: (value) => String(value).replace('.', ',') },
};
