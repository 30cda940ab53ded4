import { describe, expect, it } from 'vitest';
import { report } from '../../../test/factories';
import { versionChanges } from './version-changes';

describe('versionChanges', () => {
  it('lists what each correction changed against the version before it', () => {
    const first = report({ version: 1, occupied: 27, comment: null });
    const second = report({ version: 2, occupied: 140, comment: null });
    const third = report({ version: 3, occupied: 14, staffing: 'strained', comment: 'Rättat: 14, inte 140.' });
    const [one, two, three] = versionChanges([first, second, third]);
    expect(one?.changes.map((change) => change.field)).toEqual([
      'capacity',
      'occupied',
      'surgeCapacity',
      'admissions',
      'discharges',
      'staffing',
    ]);
    expect(two?.changes).toEqual([{ field: 'occupied', before: 27, after: 140 }]);
    expect(three?.changes).toEqual([
      { field: 'occupied', before: 140, after: 14 },
      { field: 'staffing', before: 'normal', after: 'strained' },
      { field: 'comment', before: null, after: 'Rättat: 14, inte 140.' },
    ]);
  });

  it('shows a resubmission that changed nothing as a version without changes', () => {
    const [, again] = versionChanges([report({ version: 1 }), report({ version: 2 })]);
    expect(again?.changes).toEqual([]);
  });
});
