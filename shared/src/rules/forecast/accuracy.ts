// Accuracy measures and empirical quantiles for the forecasts. MASE, never MAPE: a small unit has
// days with 0 occupied places, and a percentage error divides by them (Hyndman & Koehler 2006,
// "Another look at measures of forecast accuracy", International Journal of Forecasting 22(4)).

/** The weekly season of daily figures. */
export const WEEK = 7;

export function meanAbsolute(errors: readonly number[]): number {
  if (errors.length === 0) return Number.NaN;
  let sum = 0;
  for (const error of errors) sum += Math.abs(error);
  return sum / errors.length;
}

/**
 * The MASE scale: the mean absolute error of the one-step seasonal naive forecast over the
 * history, q = mean |y[t] − y[t−m]| for t = m … n−1.
 */
export function maseScale(history: readonly number[], season: number = WEEK): number {
  if (history.length <= season) return Number.NaN;
  let sum = 0;
  for (let t = season; t < history.length; t += 1) sum += Math.abs(history[t]! - history[t - season]!);
  return sum / (history.length - season);
}

/**
 * Mean absolute scaled error. A flat history has scale 0: forecasting it without error scores 0,
 * with any error it cannot be scaled and scores Infinity.
 */
export function mase(errors: readonly number[], scale: number): number {
  return scaleError(meanAbsolute(errors), scale);
}

export function scaleError(mae: number, scale: number): number {
  if (Number.isNaN(mae) || Number.isNaN(scale) || scale > 0) return mae / scale;
  return mae === 0 ? 0 : Number.POSITIVE_INFINITY;
}

/**
 * The p-quantile of values sorted ascending, interpolated linearly between order statistics
 * (Hyndman & Fan 1996, definition 7; the default of R's quantile() and numpy).
 */
export function sortedQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  return low + (sorted[above]! - low) * (position - below);
}

export function quantile(values: readonly number[], p: number): number {
  return sortedQuantile(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** A bounded window of numbers kept sorted, for quantiles of the most recent errors as origins roll on. */
export class SortedWindow {
  private readonly sorted: number[] = [];
  // The values in arrival order, as a ring: the oldest is replaced when the window is full.
  private readonly ring: number[] = [];
  private next = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.sorted.length;
  }

  push(value: number): void {
    if (this.ring.length === this.capacity) {
      this.sorted.splice(this.insertionPoint(this.ring[this.next]!), 1);
      this.ring[this.next] = value;
      this.next = (this.next + 1) % this.capacity;
    } else {
      this.ring.push(value);
    }
    this.sorted.splice(this.insertionPoint(value), 0, value);
  }

  quantile(p: number): number {
    return sortedQuantile(this.sorted, p);
  }

  // The first index whose value is not below `value`.
  private insertionPoint(value: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
