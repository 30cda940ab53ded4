import { describe, expect, it } from 'vitest';
import { organizationAfterRoleChange, organizationName, organizationsFor } from './roles';

const organizations = [
  { code: '20', name: 'Region Dalarna', kind: 'region' as const },
  { code: '2080', name: 'Falun', kind: 'municipality' as const },
  { code: '2081', name: 'Borlänge', kind: 'municipality' as const },
];

describe('roles and organisations', () => {
  it('offers reporters the municipalities and the other roles the region', () => {
    expect(organizationsFor('reporter', organizations).map((o) => o.code)).toEqual(['2080', '2081']);
    expect(organizationsFor('analyst', organizations).map((o) => o.code)).toEqual(['20']);
    expect(organizationsFor('admin', organizations).map((o) => o.code)).toEqual(['20']);
  });

  it('a role change keeps a fitting organisation and replaces one that no longer fits', () => {
    expect(organizationAfterRoleChange('reporter', '2081', organizations)).toBe('2081');
    expect(organizationAfterRoleChange('reporter', '20', organizations)).toBe('2080');
    expect(organizationAfterRoleChange('admin', '2080', organizations)).toBe('20');
  });

  it('names an organisation, or shows its code when unknown', () => {
    expect(organizationName(organizations, '2081')).toBe('Borlänge');
    expect(organizationName(organizations, '9999')).toBe('9999');
  });
});
