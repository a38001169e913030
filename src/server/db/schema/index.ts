export * from './auth.js';
export * from './organizations.js';
export * from './email.js';
export * from './contacts.js';
export * from './feedback.js';
export * from './instance.js';
export * from './imports.js';
export * from './surveys.js';
