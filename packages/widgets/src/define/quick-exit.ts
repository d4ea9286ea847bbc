import { IjmQuickExit } from '../components/quick-exit/quick-exit.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-quick-exit', IjmQuickExit);

export { IjmQuickExit };
