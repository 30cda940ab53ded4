import { describe, expect, it } from 'vitest';
import { headlineParts } from './headline';

describe('search headline', () => {
  it('splits the server’s marks into text and matches, markup staying text', () => {
    expect(headlineParts('LSVO \uE000beslutar\uE001 att <b>Falun</b> \uE000lånar\uE001')).toEqual([
      { text: 'LSVO ', match: false },
      { text: 'beslutar', match: true },
      { text: ' att <b>Falun</b> ', match: false },
      { text: 'lånar', match: true },
    ]);
    expect(headlineParts('inget')).toEqual([{ text: 'inget', match: false }]);
  });
});
