import type { AlignType, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { num } from './snapshot-figures.js';

// Markdown built as a syntax tree and serialised by mdast-util-to-markdown, which escapes every
// typed text for the place it stands in: a note cannot forge a `## Beslut` heading, carry raw HTML,
// or make a `javascript:` link in a copy that is mailed and rendered elsewhere.

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
export const list = (items: PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(...children)] })),
});

/** One line of typed text, for a heading or a table cell. */
export const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Typed lines kept as lines (hard breaks) inside one list item, blank lines dropped. */
export function lines(value: string): PhrasingContent[] {
  const kept = value
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  return kept.flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'number' ? num(value) : oneLine(value);
}

export function table(align: AlignType[], header: string[], rows: (string | number | null | undefined)[][]): Table {
  const row = (cells: (string | number | null | undefined)[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({ type: 'tableCell', children: [text(cell(value))] })),
  });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

/** The one serialisation: "-" bullets, GFM tables and strikethrough, "X beslutar" right above its list. */
export function toMinutesMarkdown(root: Root): string {
  return toMarkdown(root, {
    bullet: '-',
    extensions: [gfmTableToMarkdown({ tablePipeAlign: false }), gfmStrikethroughToMarkdown()],
    // "X beslutar" introduces its list directly, as minutes are written.
    join: [(left, right) => (left.type === 'paragraph' && right.type === 'list' ? 0 : undefined)],
  });
}

export type { AlignType, List, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow };
