import { describe, expect, it } from 'vitest';
import { ROLES } from '../domain/roles.js';
import { roleFitsOrganization, unitKindsFor } from './organization-fit.js';

describe('what fits which organisation', () => {
  it('puts reporters in municipalities and every other role in the region organisation', () => {
    const fits = ROLES.map((role) => [role, roleFitsOrganization(role, 'municipality'), roleFitsOrganization(role, 'region')]);
    expect(fits).toEqual([
      ['reporter', true, false],
      ['analyst', false, true],
      ['chair', false, true],
      ['admin', false, true],
    ]);
  });

  it('gives municipalities their places and the region its wards and ICU', () => {
    expect(unitKindsFor('municipality')).toEqual(['short_term', 'palliative', 'nursing_home_reserve']);
    expect(unitKindsFor('region')).toEqual(['hospital', 'icu']);
  });
});
