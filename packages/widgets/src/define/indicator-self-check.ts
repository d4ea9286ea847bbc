import { IjmIndicatorSelfCheck } from '../components/indicator-self-check/indicator-self-check.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-indicator-self-check', IjmIndicatorSelfCheck);

export { IjmIndicatorSelfCheck };
