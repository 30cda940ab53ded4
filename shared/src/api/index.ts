export * from './types.js';
export * from './meetings.js';
export * from './admin.js';
