import type { PhrasingContent, RootContent } from 'mdast';
import { heading, lines, list, paragraph, strong, table, text, toMinutesMarkdown } from './mdast-blocks.js';
import type { AttendanceLine, MinutesBlock, MinutesItem, MinutesModel } from './minutes-model.js';

const struck = (value: string): PhrasingContent => ({ type: 'delete', children: [text(value)] });

function attendee(line: AttendanceLine): PhrasingContent[] {
  const name = line.detail ? `${line.name}, ${line.detail}` : line.name;
  return [line.present ? text(name) : struck(name), ...(line.note ? [text(` (${line.note})`)] : [])];
}

function block(content: MinutesBlock): RootContent[] {
  switch (content.kind) {
    case 'paragraph':
      return [paragraph(text(content.text))];
    case 'table':
      return [
        table(
          content.header.map((_, index) => (content.numeric?.[index] ? 'right' : 'left')),
          content.header,
          content.rows,
        ),
      ];
    case 'entries':
      return [list(content.entries.map((entry) => [strong(`${entry.label}:`), text(' '), ...lines(entry.text)]))];
    default: {
      const unreachable: never = content;
      throw new Error(`unknown block ${String(unreachable)}`);
    }
  }
}

function item(entry: MinutesItem, decisionPhrase: string): RootContent[] {
  const children: RootContent[] = [heading(2, entry.heading), paragraph(strong(entry.type))];
  if (entry.presenter) children.push(paragraph(text(`Föredragande: ${entry.presenter}`)));
  if (entry.text) children.push(paragraph(...lines(entry.text)));
  if (entry.links.length > 0)
    children.push(list(entry.links.map((link) => [{ type: 'link', url: link.url, children: [text(link.label)] }])));
  children.push(...entry.blocks.flatMap(block));
  if (entry.proposal) children.push(paragraph(strong('Förslag till beslut:'), text(' '), ...lines(entry.proposal)));
  if (entry.decisions.length > 0)
    children.push(paragraph(text(decisionPhrase)), list(entry.decisions.map((decision) => lines(decision))));
  return children;
}

/** A network's minutes in its own form: header, attendance, numbered items, actions, distribution. */
export function networkMinutesMarkdown(model: MinutesModel): string {
  const present = model.attendance.filter((line) => line.present).length;
  const children: RootContent[] = [
    heading(1, model.title),
    paragraph(strong(model.networkName ?? model.regionName), text(` · ${model.regionName}`)),
    paragraph(text(`${model.when}${model.place ? ` · ${model.place}` : ''}${model.open ? ' · pågående' : ''}`)),
    heading(2, 'Närvarande'),
  ];
  if (model.attendance.length > 0)
    children.push(
      list(model.attendance.map(attendee)),
      paragraph(text(`${present} av ${model.attendance.length} närvarande (överstruken = frånvarande).`)),
    );
  else children.push(paragraph(text('Ingen närvaro antecknad.')));
  if (model.guests.length > 0) children.push(paragraph(strong('Gäster:'), text(` ${model.guests.join('; ')}`)));
  for (const entry of model.items) children.push(...item(entry, model.decisionPhrase));
  children.push(heading(2, 'Åtgärder'));
  if (model.actions.length === 0) children.push(paragraph(text('Inga nya åtgärder.')));
  else children.push(table(['left', 'left', 'left', 'left', 'left'], model.actionsHeader, model.actions));
  children.push(
    paragraph(
      strong('Protokollet ska skickas till:'),
      text(` ${model.distribution.length > 0 ? model.distribution.join(', ') : 'nätverkets medlemmar'}.`),
    ),
  );
  if (model.closedAt) children.push(paragraph(text(`Mötet avslutades ${model.closedAt}.`)));
  return toMinutesMarkdown({ type: 'root', children });
}
