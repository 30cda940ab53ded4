import { describe, expect, it } from 'vitest';
import { fitsOrganization, organizationAfterRoleChange, organizationsFor } from './roles';

const organizations = [
  { code: '20', name: 'Region Dalarna', kind: 'region' as const },
  { code: '2080', name: 'Falun', kind: 'municipality' as const },
  { code: '2081', name: 'Borlänge', kind: 'municipality' as const },
];

describe('roles and organisations', () => {
  it('reporters belong to municipalities, the other roles to the region', () => {
    expect(fitsOrganization('reporter', 'municipality')).toBe(true);
    expect(fitsOrganization('reporter', 'region')).toBe(false);
    expect(fitsOrganization('chair', 'region')).toBe(true);
    expect(organizationsFor('analyst', organizations).map((o) => o.code)).toEqual(['20']);
  });

  it('a role change keeps a fitting organisation and replaces one that no longer fits', () => {
    expect(organizationAfterRoleChange('reporter', '2081', organizations)).toBe('2081');
    expect(organizationAfterRoleChange('reporter', '20', organizations)).toBe('2080');
    expect(organizationAfterRoleChange('admin', '2080', organizations)).toBe('20');
  });
});
