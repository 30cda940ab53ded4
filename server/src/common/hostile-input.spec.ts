import { describe, expect, it } from 'vitest';
import { unsafeInputIssues } from './hostile-input.js';

describe('unsafeInputIssues', () => {
  it('names every prototype key and NUL string by its path, nested in objects and arrays', () => {
    const body = JSON.parse(
      '{"a":{"__proto__":{"x":1}},"rows":[{"ok":"fine"},{"constructor":1,"note":"a\\u0000b"}],"prototype":2}',
    );
    expect(unsafeInputIssues(body)).toEqual([
      { message: 'validation.forbiddenKey', path: ['a', '__proto__'] },
      { message: 'validation.forbiddenKey', path: ['rows', 1, 'constructor'] },
      { message: 'validation.nulCharacter', path: ['rows', 1, 'note'] },
      { message: 'validation.forbiddenKey', path: ['prototype'] },
    ]);
  });

  it('passes ordinary input, and walks 100 000 levels of nesting without overflowing the stack', () => {
    expect(unsafeInputIssues({ comment: 'Två väntar på SÄBO.', rows: [1, null, true] })).toEqual([]);
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`) as unknown;
    expect(unsafeInputIssues(deep)).toHaveLength(1);
  });
});
