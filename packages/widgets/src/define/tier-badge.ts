import { IjmTierBadge } from '../components/tier-badge/tier-badge.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-tier-badge', IjmTierBadge);

export { IjmTierBadge };
