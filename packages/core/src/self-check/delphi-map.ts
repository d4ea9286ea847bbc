import { deepFreeze } from '../freeze.js';
import type { QuestionId } from './questions.js';

/**
 * Where a 'yes' also matches an indicator of the Delphi adult labour list (ids from `@ijm/core/indicators`), for
 * professional follow-up. The public engine does not use it, so a bundle of the self-check leaves it out.
 * Questions with no close Delphi counterpart map to nothing.
 */
export const SELF_CHECK_DELPHI_ADULT_LABOUR: Readonly<Record<QuestionId, readonly string[]>> =
  /* @__PURE__ */ deepFreeze({
    'job-different': ['dr.nature-location-employer'],
    'pay-different': ['dr.wages'],
    'documents-kept': ['cd.documents'],
    'debt-ties': ['cd.debt-bondage'],
    'debt-grows': ['cd.debt-bondage'],
    'pay-held-back': ['cd.withholding-wages'],
    'locked-in': ['cd.isolation'],
    watched: ['cd.isolation'],
    'cut-off': ['cd.isolation'],
    'hidden-place': ['cd.isolation'],
    hurt: ['cd.violence'],
    'forced-acts': ['cd.forced-tasks', 'cd.illicit-activities'],
    'threat-harm': ['cd.threats-violence', 'cd.violence-family'],
    'threat-report': ['cd.denunciation'],
    'threat-job': ['cd.worse-conditions'],
    'long-hours': ['ex.excessive-hours'],
    'overtime-forced': ['ex.excessive-hours', 'ex.low-or-no-salary'],
    'dangerous-work': ['ex.hazardous-work', 'ex.bad-working-conditions'],
    'living-place': ['ex.bad-living-conditions'],
    'depends-on-boss': ['vd.dependency'],
    'situation-used': ['vd.authorities-legal-status', 'vd.unknown-area'],
  });
