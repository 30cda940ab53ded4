import { requestInputSchema } from '@lagesbild/shared';
import { describe, expect, it } from 'vitest';
import { draftFromParams, inputFromDraft } from './request-draft';

const today = '2026-12-01';

describe('the new request form’s start', () => {
  it('is prefilled from the address the forecast’s early warning links to', () => {
    const draft = draftFromParams(new URLSearchParams('kind=places&quantity=6&neededBy=2026-12-08&unitKind=short_term'), today);
    expect(draft.neededBy).toBe('2026-12-08');
    expect(draft.lines).toEqual([
      expect.objectContaining({ kind: 'places', quantity: '6', unitKind: 'short_term', from: '2026-12-08', to: '2026-12-21' }),
    ]);
    const input = requestInputSchema.safeParse(inputFromDraft({ ...draft, reason: 'Prognosen visar brist' }, false));
    expect(input.success).toBe(true);
    expect(input.data?.lines[0]).toEqual({
      kind: 'places',
      quantity: 6,
      unitKind: 'short_term',
      from: '2026-12-08',
      to: '2026-12-21',
    });
  });

  it('ignores what it cannot read: a past or malformed day, a quantity that is not a whole number, an unknown kind', () => {
    const draft = draftFromParams(new URLSearchParams('kind=boats&quantity=2.5&neededBy=2026-11-01&unitKind=icu'), today);
    expect(draft.neededBy).toBe(today);
    expect(draft.lines[0]).toMatchObject({ kind: 'places', quantity: '', unitKind: 'short_term' });
    expect(draftFromParams(new URLSearchParams('neededBy=2026-02-30'), today).neededBy).toBe(today);
  });

  it('sends each line with its own kind’s fields, numbers read the Swedish way', () => {
    const draft = draftFromParams(new URLSearchParams(''), today);
    const line = { ...draft.lines[0]!, kind: 'staff' as const, quantity: ' 2 ', staffRole: 'physician' as const };
    expect(inputFromDraft({ ...draft, reason: ' Läkare ', lines: [line] }, true)).toEqual({
      reason: 'Läkare',
      urgency: 'normal',
      neededBy: today,
      draft: true,
      lines: [{ kind: 'staff', quantity: 2, staffRole: 'physician', from: today, to: '2026-12-14' }],
    });
  });
});
