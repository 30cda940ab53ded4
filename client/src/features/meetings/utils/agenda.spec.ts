import { describe, expect, it } from 'vitest';
import { itemLabel, linksText, parseLinks, stepItem } from './agenda';

const agenda = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('agenda helpers', () => {
  it('labels items with § where the network numbers them', () => {
    expect(itemLabel({ firstParagraph: 183 }, { number: 184 })).toBe('§ 184');
    expect(itemLabel({ firstParagraph: null }, { number: 2 })).toBe('2.');
  });

  it('steps through the agenda and off its ends', () => {
    expect(stepItem({ agenda, currentItemId: null }, 1)).toBe('a');
    expect(stepItem({ agenda, currentItemId: null }, -1)).toBe('c');
    expect(stepItem({ agenda, currentItemId: 'b' }, 1)).toBe('c');
    expect(stepItem({ agenda, currentItemId: 'c' }, 1)).toBeNull();
    expect(stepItem({ agenda, currentItemId: 'a' }, -1)).toBeNull();
  });

  it('reads links typed one per line and writes them back the same way', () => {
    const links = parseLinks('Underlag LSVO https://example.se/a.pdf\n\n https://example.se/b ');
    expect(links).toEqual([
      { label: 'Underlag LSVO', url: 'https://example.se/a.pdf' },
      { label: null, url: 'https://example.se/b' },
    ]);
    expect(linksText(links)).toBe('Underlag LSVO https://example.se/a.pdf\nhttps://example.se/b');
  });
});
