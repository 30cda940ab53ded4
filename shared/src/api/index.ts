export * from './types.js';
export * from './meetings.js';
export * from './admin.js';
export * from './notifications.js';
export * from './holidays.js';
export * from './requests.js';
export * from './escalation.js';
