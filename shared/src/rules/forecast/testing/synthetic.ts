// Seeded series for the forecast specs (not built into dist): the same numbers on every run.
import { seededRandom } from '../../seeded-random.js';

export { seededRandom };

/** Standard normal draws (Box–Muller). */
export function seededNormal(seed: number): () => number {
  const random = seededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Occupied places with a known weekly pattern (Monday first) and normal noise, whole and ≥ 0. */
export function weeklySeries(
  days: number,
  options: { level: number; week: readonly number[]; noise: number; seed: number },
): number[] {
  const normal = seededNormal(options.seed);
  return Array.from({ length: days }, (_, t) =>
    Math.max(0, Math.round(options.level + options.week[t % 7]! + options.noise * normal())),
  );
}

/**
 * A municipality whose short-term occupancy is driven by its residents ready for discharge:
 * ready patients wander (mean-reverting random walk), are discharged at a weekday rate, a share goes
 * to short-term care and stays `lengthOfStay` days on average.
 */
export function flowDrivenSeries(days: number, seed: number) {
  const random = seededRandom(seed);
  const normal = seededNormal(seed + 1);
  const rate = [0.45, 0.45, 0.45, 0.45, 0.5, 0.1, 0.05];
  const share = 0.3;
  const lengthOfStay = 12;
  const readyForDischarge: number[] = [];
  const discharges: number[] = [];
  const dischargesShortTerm: number[] = [];
  const occupied: number[] = [];
  let ready = 12;
  let stock = 18;
  for (let t = 0; t < days; t += 1) {
    const before = readyForDischarge[t - 1] ?? ready;
    const discharged = Math.round(rate[t % 7]! * before * (0.85 + 0.3 * random()));
    const arrivals = Math.max(0, Math.min(discharged, Math.round(discharged * share + (random() - 0.5))));
    ready = Math.max(0, Math.round(ready + (12 - ready) * 0.08 + 2.5 * normal()));
    stock = stock * (1 - 1 / lengthOfStay) + arrivals;
    readyForDischarge.push(ready);
    discharges.push(discharged);
    dischargesShortTerm.push(arrivals);
    occupied.push(Math.round(stock));
  }
  return { occupied, readyForDischarge, discharges, dischargesShortTerm };
}
