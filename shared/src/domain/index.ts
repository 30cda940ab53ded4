export * from './roles.js';
export * from './units.js';
