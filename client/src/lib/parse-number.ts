/**
 * Text to number the way a Swedish user types it: "1 200", "12,5". Empty is "not given";
 * anything else unreadable becomes NaN so the schema reports it as not a number.
 */
export function parseNumber(input: string): number | undefined {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  if (!/^[+-]?\d+([.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}
