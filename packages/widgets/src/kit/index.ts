export { defineElement } from './define.js';
export { closestLang, LocalizeController } from './localize.js';
export { hostStyles } from './tokens.js';
