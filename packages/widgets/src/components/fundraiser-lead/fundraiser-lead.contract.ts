// Loaded right after the first render: the form's core schema and the kit's runtime (zod/mini, rules, the checks of a
// submit; the sending half and the transport follow when the page is idle), and the country list.
export { listCountries } from '@ijm/core/countries';
export { fundraiserLead as schema } from '@ijm/core/forms';
export * from '../../kit/form/runtime.js';
