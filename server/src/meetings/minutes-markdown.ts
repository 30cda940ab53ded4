import {
  domainLabel,
  freePlaces,
  isMunicipalUnitKind,
  isoWeek,
  occupancyPct,
  overcrowding,
  type Meeting,
  type SituationOrganization,
  type Staffing,
  type UnitKind,
} from '@lagesbild/shared';
import type { AlignType, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

// The minutes are built as a Markdown syntax tree and serialised by mdast-util-to-markdown, which
// escapes every typed text for the place it stands in: a note cannot forge a `## Beslut` heading,
// carry raw HTML, or make a `javascript:` link in a copy that is mailed and rendered elsewhere.

const dateTimeSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const dateSv = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const numberSv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Swedish numbers in a document sent out: "94,9 %", "1 234". */
const num = (value: number): string => numberSv.format(value);
const pct = (value: number | null): string | null => (value === null ? null : `${num(value)} %`);

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});

/** One line of typed text, for a heading or a table cell. */
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Typed lines kept as lines (hard breaks) inside one list item, blank lines dropped. */
function lines(value: string): PhrasingContent[] {
  const kept = value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  return kept.flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'number' ? num(value) : oneLine(value);
}

function table(align: AlignType[], header: string[], rows: (string | number | null | undefined)[][]): Table {
  const row = (cells: (string | number | null | undefined)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({ type: 'tableCell', children: [text(cell(value))] })),
  });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

function figures(organization: SituationOrganization, kinds: (kind: UnitKind) => boolean) {
  const reports = organization.units.filter((unit) => kinds(unit.kind)).map((unit) => unit.report ?? null);
  const reported = reports.filter((report) => report !== null);
  if (reported.length === 0) return null;
  const capacity = reported.reduce((sum, r) => sum + r.capacity, 0);
  const occupied = reported.reduce((sum, r) => sum + r.occupied, 0);
  const staffing: Staffing = reported.some((r) => r.staffing === 'critical')
    ? 'critical'
    : reported.some((r) => r.staffing === 'strained')
      ? 'strained'
      : 'normal';
  const sick = reported.map((r) => r.sickLeavePct).filter((v): v is number => v !== null);
  return {
    capacity,
    occupied,
    free: reported.reduce((sum, r) => sum + freePlaces(r.capacity, r.occupied), 0),
    over: reported.reduce((sum, r) => sum + overcrowding(r.capacity, r.occupied), 0),
    occupancy: occupancyPct(capacity, occupied),
    staffing: domainLabel('staffing', staffing),
    sickLeave: sick.length > 0 ? Math.max(...sick) : null,
    complete: reported.length === reports.length,
  };
}

function situationTable(participants: SituationOrganization[]): Table {
  const rows = participants.map((organization) => {
    const f = figures(organization, organization.kind === 'region' ? (kind) => kind === 'hospital' : isMunicipalUnitKind);
    const ready = organization.flows?.readyForDischarge;
    if (!f) return [organization.name, 'ej rapporterat', '', '', '', '', '', '', ready];
    const name = f.complete ? organization.name : `${organization.name} (delvis)`;
    return [name, f.capacity, f.occupied, f.free, pct(f.occupancy), f.over, f.staffing, pct(f.sickLeave), ready];
  });
  return table(
    ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
    [
      'Organisation',
      'Platser',
      'Belagda',
      'Lediga',
      'Beläggning',
      'Överbeläggning',
      'Bemanning',
      'Sjukfrånvaro',
      'Utskrivningsklara',
    ],
    rows,
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

/** The minutes as Markdown, ready to be sent out as they are. */
export function minutesMarkdown(meeting: Meeting, regionName: string): string {
  const byCode = new Map(meeting.snapshot.organizations.map((organization) => [organization.code, organization]));
  const participants = meeting.participants
    .map((code) => byCode.get(code))
    .filter((o): o is SituationOrganization => o !== undefined);
  const totals = meeting.snapshot.totals.reported;
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
    paragraph(
      text(
        `Totalt kommunala platser: ${num(totals.municipal.capacity)}, belagda ${num(totals.municipal.occupied)}, lediga ${num(totals.municipal.free)}. ` +
          `Sjukhus: ${num(totals.hospital.capacity)} vårdplatser, ${num(totals.hospital.occupied)} belagda, överbeläggning ${num(totals.hospital.overcrowding)}, covid ${num(totals.hospital.covidPatients)}. ` +
          `IVA: ${num(totals.icu.occupied)} av ${num(totals.icu.capacity)}. Utskrivningsklara: ${num(totals.readyForDischarge)}.`,
      ),
    ),
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
  return toMarkdown(root, {
    bullet: '-',
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
    // "X beslutar" introduces its list directly, as minutes are written.
    join: [(left, right) => (left.type === 'paragraph' && right.type === 'list' ? 0 : undefined)],
  });
}
