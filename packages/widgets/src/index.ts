// Element classes and the kit, with no side effects: importing this defines no element.
// To define elements, import `@ijm/widgets/<name>` or `@ijm/widgets/embed`.
export { IjmTierBadge } from './components/tier-badge/tier-badge.js';
export * from './kit/index.js';
