export * from './accuracy.js';
export * from './seasonal-naive.js';
export * from './holt-winters.js';
export * from './flow-model.js';
export * from './backtest.js';
export * from './models.js';
export * from './forecast-occupancy.js';
export * from './capacity-plan.js';
