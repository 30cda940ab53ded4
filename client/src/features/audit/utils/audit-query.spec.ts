import { describe, expect, it } from 'vitest';
import { actionKey, auditQuery, changedFields, filtersFromSearch, NO_FILTERS } from './audit-query';

describe('audit query', () => {
  it('sends only the filters that are set', () => {
    expect(auditQuery(NO_FILTERS)).toBe('');
    expect(auditQuery({ ...NO_FILTERS, organization: '2080', from: '2025-11-01' }, 500)).toBe(
      '?organization=2080&from=2025-11-01&limit=500',
    );
    expect(filtersFromSearch(new URLSearchParams('user=falun&to=2025-11-24'))).toEqual({
      ...NO_FILTERS,
      user: 'falun',
      to: '2025-11-24',
    });
  });

  it('names actions and shows what changed', () => {
    expect(actionKey('meeting.decision.remove')).toBe('audit.actions.meeting_decision_remove');
    expect(changedFields({ occupied: 29, capacity: 34 }, { occupied: 33, capacity: 34, comment: 'Fullt' })).toEqual([
      { field: 'occupied', before: '29', after: '33' },
      { field: 'comment', before: '–', after: 'Fullt' },
    ]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
