// Loaded after the first render: the form's core schema with the kit's runtime (zod/mini, rules, transport).
export { mediaContact as schema } from '@ijm/core/forms';
export * from '../../kit/form-runtime.js';
