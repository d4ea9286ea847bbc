// The self-contained bundle for one `<script type="module">` tag: defines every element.
import './define/tier-badge.js';

export { IjmTierBadge } from './define/tier-badge.js';
