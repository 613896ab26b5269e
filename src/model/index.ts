export * from './enums.js';
export * from './field.js';
export * from './files.js';
export * from './manifest.js';
