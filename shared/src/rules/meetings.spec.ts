import { describe, expect, it } from 'vitest';
import { mayRunMeetings } from './meetings.js';

describe('mayRunMeetings', () => {
  const user = (role: string, organizationCode = '20', regionCode = '20') => ({ role, organizationCode, regionCode });

  it('lets the region’s chair and analysts run its meetings', () => {
    expect(mayRunMeetings(user('chair'), '20')).toBe(true);
    expect(mayRunMeetings(user('analyst'), '20')).toBe(true);
  });

  it('refuses reporters, admins, another region, and a chair or analyst of a municipality', () => {
    expect(mayRunMeetings(user('reporter', '2080'), '20')).toBe(false);
    expect(mayRunMeetings(user('admin'), '20')).toBe(false);
    expect(mayRunMeetings(user('chair'), '10')).toBe(false);
    expect(mayRunMeetings(user('chair', '2080'), '20')).toBe(false);
    expect(mayRunMeetings(user('analyst', '2080'), '20')).toBe(false);
  });
});
