import { IjmFollowLinks } from '../components/follow-links/follow-links.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-follow-links', IjmFollowLinks);

export { IjmFollowLinks };
