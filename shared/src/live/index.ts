export * from './changes.js';
export * from './events.js';
export * from './requests.js';
