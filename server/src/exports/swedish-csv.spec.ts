import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { SWEDISH_CSV } from './swedish-csv.js';

const written = (records: unknown[][]) => stringify(records, SWEDISH_CSV);

describe('CSV for a Swedish Excel', () => {
  it('splits on semicolons, writes decimal commas and starts with a byte-order mark', () => {
    const text = written([
      ['kommentar', 'sjukfrånvaro %'],
      ['Två, tre; fyra', 12.5],
    ]);
    expect(text.startsWith('\ufeffkommentar;sjukfrånvaro %\n')).toBe(true);
    expect(parse(text.slice(1), { delimiter: ';' })).toEqual([
      ['kommentar', 'sjukfrånvaro %'],
      ['Två, tre; fyra', '12,5'],
    ]);
  });

  it('turns text that a spreadsheet would run into inert text, and leaves numbers (negative ones too) as numbers', () => {
    const cells = ['=HYPERLINK("http://evil.example","klicka")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'vanlig text'];
    const [row] = parse<string[]>(written([[...cells, -3, -2.5, 0]]).slice(1), { delimiter: ';' });
    expect(row).toEqual([
      `'=HYPERLINK("http://evil.example","klicka")`,
      `'+1`,
      `'-1`,
      `'@SUM(A1)`,
      `'\tx`,
      `'\rx`,
      'vanlig text',
      '-3',
      '-2,5',
      '0',
    ]);
  });
});
