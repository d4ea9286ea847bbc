import { IjmFundraiserLead } from '../components/fundraiser-lead/fundraiser-lead.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-fundraiser-lead', IjmFundraiserLead);

export { IjmFundraiserLead };
