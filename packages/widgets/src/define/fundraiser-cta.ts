import { IjmFundraiserCta } from '../components/fundraiser-cta/fundraiser-cta.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-fundraiser-cta', IjmFundraiserCta);

export { IjmFundraiserCta };
