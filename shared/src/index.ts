export * from './domain/index.js';
export * from './schemas/index.js';
export * from './api/index.js';
export * from './live/index.js';
export * from './rules/index.js';
