export * from './dates.js';
export * from './capacity.js';
export * from './outliers.js';
export * from './totals.js';
export * from './holidays.js';
export * from './history.js';
export * from './pressure.js';
export * from './forecast/index.js';
