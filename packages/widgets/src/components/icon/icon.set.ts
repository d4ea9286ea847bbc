// The seed site's whole icon set as a set to download (see `provideIconSet`): its own module, so that its chunk in the
// browser bundles is named after it.
export { seedIcons as icons, unavailableIcons as unavailable } from '../../icons/index.js';
