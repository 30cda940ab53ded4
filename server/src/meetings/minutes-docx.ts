import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AttendanceLine, MinutesBlock, MinutesItem, MinutesModel } from './minutes-model.js';

// The minutes as a Word document, the form these networks circulate: drawn from the same model as
// the Markdown, so both say the same. The absent are struck through, as in the archive's lists.

const FONT = 'Calibri';
const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

const run = (text: string, options: { bold?: boolean; strike?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, font: FONT, ...options });

/** Typed lines as lines (breaks inside one paragraph). */
function linesOf(value: string, options: { bold?: boolean } = {}): TextRun[] {
  return value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => new TextRun({ text: line, font: FONT, break: index === 0 ? 0 : 1, ...options }));
}

function table(header: string[], rows: string[][], numeric: boolean[] = []): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            borders,
            children: [
              new Paragraph({
                alignment: numeric[index] ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [run(cell, { bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

function block(content: MinutesBlock): (Paragraph | Table)[] {
  switch (content.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [run(content.text)] })];
    case 'table':
      return [table(content.header, content.rows, content.numeric), new Paragraph({ children: [] })];
    case 'entries':
      return content.entries.map(
        (entry) =>
          new Paragraph({ bullet: { level: 0 }, children: [run(`${entry.label}: `, { bold: true }), ...linesOf(entry.text)] }),
      );
    default: {
      const unreachable: never = content;
      throw new Error(`unknown block ${String(unreachable)}`);
    }
  }
}

function item(entry: MinutesItem, decisionPhrase: string): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(entry.heading)] }),
    new Paragraph({ children: [run(entry.type, { bold: true })] }),
  ];
  if (entry.presenter) parts.push(new Paragraph({ children: [run('Föredragande: ', { italics: true }), run(entry.presenter)] }));
  if (entry.text) parts.push(new Paragraph({ children: linesOf(entry.text) }));
  for (const link of entry.links)
    parts.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [new ExternalHyperlink({ link: link.url, children: [new TextRun({ text: link.label, style: 'Hyperlink' })] })],
      }),
    );
  parts.push(...entry.blocks.flatMap(block));
  if (entry.proposal)
    parts.push(new Paragraph({ children: [run('Förslag till beslut: ', { bold: true }), ...linesOf(entry.proposal)] }));
  if (entry.decisions.length > 0) {
    parts.push(new Paragraph({ children: [run(decisionPhrase)] }));
    for (const decision of entry.decisions) parts.push(new Paragraph({ bullet: { level: 0 }, children: linesOf(decision) }));
  }
  return parts;
}

function attendee(line: AttendanceLine): Paragraph {
  const name = line.detail ? `${line.name}, ${line.detail}` : line.name;
  return new Paragraph({
    bullet: { level: 0 },
    children: [run(name, { strike: !line.present }), ...(line.note ? [run(` (${line.note})`)] : [])],
  });
}

export function minutesDocx(model: MinutesModel): Promise<Buffer> {
  const present = model.attendance.filter((line) => line.present).length;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(model.title)] }),
    new Paragraph({ children: [run(model.networkName ?? model.regionName, { bold: true }), run(` · ${model.regionName}`)] }),
    new Paragraph({
      children: [run(`${model.when}${model.place ? ` · ${model.place}` : ''}${model.open ? ' · pågående' : ''}`)],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('Närvarande')] }),
    ...model.attendance.map(attendee),
    new Paragraph({
      children: [
        run(
          model.attendance.length > 0
            ? `${present} av ${model.attendance.length} närvarande (överstruken = frånvarande).`
            : 'Ingen närvaro antecknad.',
          { italics: true },
        ),
      ],
    }),
  ];
  if (model.guests.length > 0)
    children.push(new Paragraph({ children: [run('Gäster: ', { bold: true }), run(model.guests.join('; '))] }));
  for (const entry of model.items) children.push(...item(entry, model.decisionPhrase));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('Åtgärder')] }));
  if (model.actions.length === 0) children.push(new Paragraph({ children: [run('Inga nya åtgärder.')] }));
  else children.push(table(model.actionsHeader, model.actions), new Paragraph({ children: [] }));
  children.push(
    new Paragraph({
      children: [
        run('Protokollet ska skickas till: ', { bold: true }),
        run(`${model.distribution.length > 0 ? model.distribution.join(', ') : 'nätverkets medlemmar'}.`),
      ],
    }),
  );
  if (model.closedAt) children.push(new Paragraph({ children: [run(`Mötet avslutades ${model.closedAt}.`, { italics: true })] }));
  const document = new Document({
    creator: 'Lägesbild',
    title: model.title,
    description: `Minnesanteckningar, ${model.networkName ?? model.regionName}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
