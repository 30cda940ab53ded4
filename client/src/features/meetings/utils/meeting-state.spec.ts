import { describe, expect, it } from 'vitest';
import { meeting as baseMeeting } from '../../../test/factories';
import { commandRequest } from './commands';
import { canRunMeetings, canSteer, newerMeeting } from './meeting-cache';
import { defaultParticipants, includedCodes, moveParticipant, participantsOf } from './participants';

const meeting = (overrides: Parameters<typeof baseMeeting>[0] = {}) => baseMeeting({ version: 3, ...overrides });

describe('newerMeeting', () => {
  it('keeps the highest version, whichever way it arrives', () => {
    const current = meeting({ version: 5, step: 2 });
    expect(newerMeeting(current, meeting({ version: 4, step: 1 }))).toBe(current);
    expect(newerMeeting(current, meeting({ version: 6, step: 3 })).step).toBe(3);
    expect(newerMeeting(undefined, current)).toBe(current);
  });
});

describe('who steers', () => {
  it('the chair and the region’s analysts, only while the meeting is open', () => {
    const chair = { role: 'chair', organizationCode: '20', regionCode: '20' } as const;
    expect(canSteer(chair, meeting())).toBe(true);
    expect(canSteer(chair, meeting({ status: 'closed' }))).toBe(false);
    expect(canSteer({ role: 'analyst', organizationCode: '20', regionCode: '20' }, meeting())).toBe(true);
    expect(canSteer({ role: 'reporter', organizationCode: '2080', regionCode: '20' }, meeting())).toBe(false);
    expect(canRunMeetings({ role: 'chair', organizationCode: '10', regionCode: '10' }, '20')).toBe(false);
    // The organisation-kind check the client used to miss: a municipality's analyst runs nothing.
    expect(canRunMeetings({ role: 'analyst', organizationCode: '2080', regionCode: '20' }, '20')).toBe(false);
  });
});

describe('commandRequest', () => {
  it('names the route, method and body of every command', () => {
    expect(commandRequest('m1', { type: 'step', step: null })).toEqual({
      path: '/api/meetings/m1/step',
      method: 'PUT',
      body: { step: null },
    });
    expect(commandRequest('m1', { type: 'note', organizationCode: '2080', text: 'Lugnt' })).toEqual({
      path: '/api/meetings/m1/notes/2080',
      method: 'PUT',
      body: { text: 'Lugnt' },
    });
    expect(commandRequest('m1', { type: 'removeAction', actionId: 'a 1' })).toEqual({
      path: '/api/meetings/m1/actions/a%201',
      method: 'DELETE',
    });
    expect(commandRequest('m1', { type: 'close' })).toEqual({ path: '/api/meetings/m1/close', method: 'POST' });
  });
});

describe('participants', () => {
  const organizations = [
    { code: '2080', name: 'Falun', kind: 'municipality' },
    { code: '20', name: 'Region Dalarna', kind: 'region' },
    { code: '2081', name: 'Borlänge', kind: 'municipality' },
  ];

  it('start with the region, then the municipalities', () => {
    expect(includedCodes(defaultParticipants(organizations))).toEqual(['20', '2080', '2081']);
  });

  it('move one place at a time and stop at the ends', () => {
    const list = defaultParticipants(organizations);
    expect(moveParticipant(list, 2, -1).map((p) => p.code)).toEqual(['20', '2081', '2080']);
    expect(moveParticipant(list, 0, -1).map((p) => p.code)).toEqual(['20', '2080', '2081']);
  });

  it('a meeting’s own order first, those left out after it', () => {
    const list = participantsOf(['2081', '20'], organizations);
    expect(list.map((p) => [p.code, p.included])).toEqual([
      ['2081', true],
      ['20', true],
      ['2080', false],
    ]);
  });
});
