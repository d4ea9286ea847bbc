import type { Catalog } from '@ijm/core/i18n';

export interface FollowLinksMessages {
  [key: string]: string | ((...args: never[]) => string);
  /** Above the links, and the list's accessible name. */
  heading: string;
  /** A link's accessible name: the organisation on a network (the network's name is its brand, never translated). */
  onNetwork: (organization: string, network: string) => string;
  /** The accessible name of the link to the organisation's news feed. */
  feed: (organization: string) => string;
  /** Added to each link's name when the links open in a new tab. */
  newTab: string;
}

const en: Catalog<FollowLinksMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    heading: 'Stay connected',
    onNetwork: (organization, network) => `${organization} on ${network}`,
    feed: (organization) => `${organization} news feed (RSS)`,
    newTab: '(opens in a new tab)',
  },
};

const ms: Catalog<FollowLinksMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    heading: 'Kekal berhubung',
    onNetwork: (organization, network) => `${organization} di ${network}`,
    feed: (organization) => `Suapan berita ${organization} (RSS)`,
    newTab: '(dibuka dalam tab baharu)',
  },
};

const es: Catalog<FollowLinksMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    heading: 'Mantente en contacto',
    onNetwork: (organization, network) => `${organization} en ${network}`,
    feed: (organization) => `Noticias de ${organization} (RSS)`,
    newTab: '(se abre en una pestaña nueva)',
  },
};

// A few short strings: all three ship with the element, so a link never waits for a catalog to be named.
export const followLinksCatalogs = { en, ms, es };
