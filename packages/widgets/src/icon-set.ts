// For the browser bundles only (embed.js, and loader.js when an <ijm-icon> appears): defines <ijm-icon> and lets it
// download the seed site's whole set (one chunk, once per page) for names that nobody registered, since a page with a
// script tag has no other way to pick icons. An app built with a bundler imports `@ijm/widgets/icon` instead, and
// registers only the icons it uses.
import './define/icon.js';
import { provideIconSet } from './kit/icon-registry.js';

provideIconSet(() => import('./components/icon/icon.set.js'));
