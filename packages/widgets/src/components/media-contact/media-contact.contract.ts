// Loaded after the first render: the form's core schema with the kit's runtime (zod/mini, rules, the checks of a
// submit; the sending half and the transport follow when the page is idle).
export { mediaContact as schema } from '@ijm/core/forms';
export * from '../../kit/form/runtime.js';
