import { reportingDayTime } from '@lagesbild/shared';
import ical, { ICalEventStatus } from 'ical-generator';
import type { CalendarRow, NetworkRow } from './network-rows.js';

const minutes = (time: string): number => {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  return hours * 60 + mins;
};

/**
 * A network's calendar as iCalendar, for calendar apps to subscribe to. Times are written as UTC
 * instants (the app shows them in its own zone), so no VTIMEZONE is needed; a changed entry carries
 * a higher SEQUENCE and a cancelled one STATUS:CANCELLED with its UID, so the app moves or strikes
 * the event it already has instead of adding a second one.
 */
export function calendarFeed(network: NetworkRow, entries: (CalendarRow & { removed: boolean })[], regionName: string): string {
  const calendar = ical({
    name: `${network.name} (${regionName})`,
    description: network.description ?? `Mötestider för ${network.name}`,
    prodId: { company: 'Lägesbild', product: 'natverkskalender', language: 'SV' },
    // How often a subscribing app should look again.
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    const start = reportingDayTime(entry.meeting_date, minutes(entry.start_time));
    const end = reportingDayTime(entry.meeting_date, minutes(entry.end_time ?? entry.start_time) + (entry.end_time ? 0 : 60));
    const lines = [entry.link ? `Anslut: ${entry.link}` : null, `${network.name}, ${regionName}`].filter(Boolean);
    calendar.createEvent({
      id: `${entry.id}@lagesbild`,
      sequence: entry.sequence,
      start,
      end,
      stamp: entry.updated_at,
      lastModified: entry.updated_at,
      summary: entry.title ? `${network.name}: ${entry.title}` : network.name,
      description: lines.join('\n'),
      location: entry.place ?? entry.link ?? null,
      url: entry.link ?? null,
      status: entry.removed ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
