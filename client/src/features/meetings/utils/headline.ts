// The server marks each match between two private-use characters (U+E000, U+E001), never with
// HTML, so what was typed in a meeting cannot reach the page as markup.
const START = '\uE000';
const END = '\uE001';

export function headlineParts(headline: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [index, piece] of headline.split(START).entries()) {
    if (index === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [match = '', ...rest] = piece.split(END);
    if (match) parts.push({ text: match, match: true });
    const after = rest.join('');
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}
