import type { AgendaItem, Meeting } from '@lagesbild/shared';

/** "§ 184" where the network numbers its items, else "2." */
export function itemLabel(meeting: Pick<Meeting, 'firstParagraph'>, item: Pick<AgendaItem, 'number'>): string {
  return meeting.firstParagraph === null ? `${item.number}.` : `§ ${item.number}`;
}

/** The agenda item after (or before) the current one, or null past either end. */
export function stepItem(
  meeting: { agenda: readonly Pick<AgendaItem, 'id'>[]; currentItemId: string | null },
  by: 1 | -1,
): string | null {
  const index = meeting.agenda.findIndex((item) => item.id === meeting.currentItemId);
  const next = index === -1 ? (by === 1 ? 0 : meeting.agenda.length - 1) : index + by;
  return meeting.agenda[next]?.id ?? null;
}

/** Links typed one per line, "label https://…" or the address alone. */
export function parseLinks(text: string): { label: string | null; url: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.lastIndexOf(' ');
      return at === -1 ? { label: null, url: line } : { label: line.slice(0, at).trim() || null, url: line.slice(at + 1) };
    });
}

export function linksText(links: readonly { label: string | null; url: string }[]): string {
  return links.map((link) => (link.label ? `${link.label} ${link.url}` : link.url)).join('\n');
}
