export * from './messages.js';
export * from './fields.js';
export * from './report.js';
export * from './flows.js';
export * from './auth.js';
export * from './queries.js';
export * from './admin.js';
export * from './meetings.js';
