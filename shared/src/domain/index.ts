export * from './roles.js';
export * from './units.js';
export * from './labels.js';
export * from './notifications.js';
export * from './requests.js';
export * from './meetings.js';
export * from './forecast.js';
export * from './escalation.js';
