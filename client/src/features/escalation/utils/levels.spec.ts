import { describe, expect, it } from 'vitest';
import { level, organization, situation } from '../../../test/factories';
import { bannerLevels } from './levels';

const chair = { username: 'chair-dalarna', role: 'chair' as const, organizationCode: '20', regionCode: '20' };
const falun = { username: 'falun', role: 'reporter' as const, organizationCode: '2080', regionCode: '20' };

describe('bannerLevels', () => {
  it('shows nothing in normalläge', () => {
    const shown = bannerLevels(situation([organization()], { levels: [level({ level: 'normal' })] }), falun);
    expect(shown).toMatchObject({ region: null, own: null, cadence: [] });
  });

  it('shows the region’s level to everyone, and a municipality’s own to its members', () => {
    const levels = [level(), level({ organizationCode: '2080', level: 'reinforced', reason: 'Sjukfrånvaro' })];
    const data = situation([organization()], { levels });
    expect(bannerLevels(data, falun)).toMatchObject({ region: { level: 'staff' }, own: { level: 'reinforced' }, cadence: [] });
    expect(bannerLevels(data, { ...falun, organizationCode: '2081' }).own).toBeNull();
  });

  it('offers the chair a meeting after each deadline from stabsläge', () => {
    const data = situation([organization()], { levels: [level({ level: 'staff' })] });
    expect(bannerLevels(data, chair).cadence).toEqual(['10:30', '15:30']);
    const reinforced = situation([organization()], { levels: [level({ level: 'reinforced' })] });
    expect(bannerLevels(reinforced, chair).cadence).toEqual([]);
  });
});
