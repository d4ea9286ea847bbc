import { IjmIcon } from '../components/icon/icon.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-icon', IjmIcon);

export type { IconData } from '../kit/icon.js';
export { registerIcons } from '../kit/icon-registry.js';
export { IjmIcon };
