import { IjmMediaContact } from '../components/media-contact/media-contact.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-media-contact', IjmMediaContact);

export { IjmMediaContact };
