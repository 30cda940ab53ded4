import { domainLabel, isoWeek, type Meeting, type SituationOrganization } from '@lagesbild/shared';
import type { Root, RootContent, Table } from 'mdast';
import { heading, lines, list, oneLine, paragraph, strong, table, text, toMinutesMarkdown } from './mdast-blocks.js';
import { minutesModel, participantsOf, SITUATION_HEADER, SITUATION_NUMERIC, situationRows, totalsText } from './minutes-model.js';
import { networkMinutesMarkdown } from './network-minutes-markdown.js';

// The minutes are built as a Markdown syntax tree and serialised by mdast-util-to-markdown, which
// escapes every typed text for the place it stands in: a note cannot forge a `## Beslut` heading,
// carry raw HTML, or make a `javascript:` link in a copy that is mailed and rendered elsewhere.

const dateTimeSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const dateSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });

function situationTable(participants: SituationOrganization[]): Table {
  return table(
    SITUATION_NUMERIC.map((numeric) => (numeric ? 'right' : 'left')),
    SITUATION_HEADER,
    situationRows(participants),
  );
}

/**
 * The region's declared level and who had not reported for the deadline when the figures were
 * frozen: the same as the screens said then (snapshots from before levels existed have neither).
 */
function escalationParagraphs(snapshot: Meeting['snapshot'], regionName: string): RootContent[] {
  const paragraphs: RootContent[] = [];
  const level = (snapshot.levels as Meeting['snapshot']['levels'] | undefined)?.find(
    (entry) => entry.organizationCode === snapshot.region,
  );
  if (level && level.level !== 'normal') {
    const label = domainLabel('escalationLevel', level.level, 'sv');
    paragraphs.push(paragraph(strong(`${regionName}: ${label}.`), text(level.reason ? ` ${oneLine(level.reason)}` : '')));
  }
  const reporting = snapshot.reporting as Meeting['snapshot']['reporting'] | undefined;
  if (reporting?.deadline) {
    const missing = reporting.overdue.map((org) => (org.partly ? `${org.name} (delvis)` : org.name));
    paragraphs.push(
      paragraph(
        text(
          missing.length > 0
            ? `Saknade rapporter efter tidsgränsen ${reporting.deadline}: ${missing.join(', ')}.`
            : `Alla hade rapporterat till tidsgränsen ${reporting.deadline}.`,
        ),
      ),
    );
  }
  return paragraphs;
}

/** A meeting's minutes as Markdown: in its network's form, or as a situation meeting on its own. */
export function minutesFor(meeting: Meeting, regionName: string): string {
  return meeting.network ? networkMinutesMarkdown(minutesModel(meeting, regionName)) : minutesMarkdown(meeting, regionName);
}

/** The minutes of a situation meeting on its own, as Markdown, ready to be sent out as they are. */
export function minutesMarkdown(meeting: Meeting, regionName: string): string {
  const participants = participantsOf(meeting);
  const date = dateSv.format(new Date(`${meeting.date}T12:00:00Z`));
  const children: RootContent[] = [
    heading(1, oneLine(meeting.title)),
    paragraph(
      strong(regionName),
      text(` · ${date} (v. ${isoWeek(meeting.date)}) · ${meeting.status === 'closed' ? 'avslutat' : 'pågående'}`),
    ),
    paragraph(
      text(
        `Siffrorna är frysta ${dateTimeSv.format(new Date(meeting.snapshotAt))}. Deltagare: ${participants.map((o) => o.name).join(', ')}.`,
      ),
    ),
    heading(2, 'Läget'),
    situationTable(participants),
    paragraph(text(totalsText(meeting))),
    ...escalationParagraphs(meeting.snapshot, regionName),
  ];

  const notes = participants.flatMap((organization) => {
    const note = meeting.notes.find((n) => n.organizationCode === organization.code && n.text.trim());
    return note ? [[strong(`${organization.name}:`), text(' '), ...lines(note.text)]] : [];
  });
  if (notes.length > 0) children.push(heading(2, 'Rundan'), list(notes));

  children.push(heading(2, 'Beslut'));
  if (meeting.decisions.length === 0) children.push(paragraph(text('Inga beslut.')));
  else
    children.push(
      paragraph(text(`${regionName} och kommunerna beslutar`)),
      list(meeting.decisions.map((decision) => lines(decision.text))),
    );

  children.push(heading(2, 'Åtgärder'));
  if (meeting.actions.length === 0) children.push(paragraph(text('Inga åtgärder.')));
  else
    children.push(
      table(
        ['left', 'left', 'left'],
        ['Vem', 'Vad', 'Senast'],
        meeting.actions.map((action) => [action.who, action.what, action.due]),
      ),
    );

  const root: Root = { type: 'root', children };
  return toMinutesMarkdown(root);
}
