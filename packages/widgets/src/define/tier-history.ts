import { IjmTierHistory } from '../components/tier-history/tier-history.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-tier-history', IjmTierHistory);

export { IjmTierHistory };
