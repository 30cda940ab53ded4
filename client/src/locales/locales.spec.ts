import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('English has every Swedish text and nothing else', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });

  it('no text is left empty', () => {
    const empty = (value: unknown): boolean =>
      typeof value === 'string' ? value.trim() === '' : Object.values(value as object).some(empty);
    expect(empty(sv)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
