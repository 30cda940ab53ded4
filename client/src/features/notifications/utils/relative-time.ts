import type { Language } from '@lagesbild/shared';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "för 5 minuter sedan", "i går", "nu" / "5 minutes ago", "yesterday", "now": how long ago `at` was. */
export function timeAgo(at: string | Date, now: Date, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { numeric: 'auto', style: 'long' });
  const elapsed = Math.max(0, now.getTime() - new Date(at).getTime());
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'second');
}
