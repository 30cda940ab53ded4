export * from './types.js';
export * from './meetings.js';
