import { html, LitElement, nothing } from 'lit';
import { type IconData, renderIcon } from '../../kit/icon.js';
import { LocalizeController } from '../../kit/localize.js';
import { hostStyles } from '../../kit/tokens.js';
import { type FollowLinksMessages, followLinksCatalogs } from './follow-links.messages.js';
import { followLinksStyles } from './follow-links.styles.js';

/** The networks, in the order the row shows them; each is an attribute holding the organisation's address there. */
export const FOLLOW_NETWORKS = [
  'facebook',
  'instagram',
  'linkedin',
  'medium',
  'pinterest',
  'x',
  'twitter',
  'rss',
] as const;
export type FollowNetwork = (typeof FOLLOW_NETWORKS)[number];

// The brands' own names, in every language, and their marks. Each mark is a chunk of its own, downloaded when a link
// to that network is first shown: most pages show a few networks, and the embed bundle carries none. LinkedIn has no
// mark (THIRD-PARTY-NOTICES.md says why), and neither has a network whose mark failed to download: their links show
// the name as text instead.
const NETWORKS: Record<FollowNetwork, { readonly name: string; readonly mark?: () => Promise<IconData> }> = {
  facebook: { name: 'Facebook', mark: () => import('../../icons/facebook.js').then((m) => m.iconFacebook) },
  instagram: { name: 'Instagram', mark: () => import('../../icons/instagram.js').then((m) => m.iconInstagram) },
  linkedin: { name: 'LinkedIn' },
  medium: { name: 'Medium', mark: () => import('../../icons/medium.js').then((m) => m.iconMedium) },
  pinterest: { name: 'Pinterest', mark: () => import('../../icons/pinterest.js').then((m) => m.iconPinterest) },
  x: { name: 'X', mark: () => import('../../icons/x.js').then((m) => m.iconX) },
  twitter: { name: 'Twitter', mark: () => import('../../icons/twitter.js').then((m) => m.iconTwitter) },
  rss: { name: 'RSS', mark: () => import('../../icons/rss.js').then((m) => m.iconRss) },
};

/** Each network's mark, downloaded once per page; `null` when the download failed (the link shows its name). */
const marks = new Map<FollowNetwork, Promise<IconData | null>>();
const loadedMarks = new Map<FollowNetwork, IconData | null>();

function loadMark(network: FollowNetwork): Promise<IconData | null> | undefined {
  const load = NETWORKS[network].mark;
  if (load === undefined || loadedMarks.has(network)) return undefined;
  let pending = marks.get(network);
  if (pending === undefined) {
    pending = load().then(
      (icon) => {
        loadedMarks.set(network, icon);
        return icon;
      },
      (error: unknown) => {
        console.warn(`<ijm-follow-links> could not download the ${NETWORKS[network].name} mark:`, error);
        loadedMarks.set(network, null);
        return null;
      },
    );
    marks.set(network, pending);
  }
  return pending;
}

const DEFAULT_ORGANIZATION = 'IJM';
const warned = new WeakMap<Element, Set<string>>();

/**
 * The address as given, if it is an `https:` URL without credentials; else nothing, with one console warning per
 * element and network (a value that is not text, set from JavaScript, included). The address is used as the host
 * wrote it (normalised by the URL parser): no parameter is added. Not the kit's `readText`: importing it here would
 * split the chunk it shares with the tier widgets, and make their downloads larger.
 */
function followUrl(host: Element, network: FollowNetwork, given: unknown): string | undefined {
  if (given == null || (typeof given === 'string' && given.trim() === '')) return undefined;
  try {
    const url = new URL(typeof given === 'string' ? given : '');
    if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
  } catch {
    // Reported below.
  }
  const networks = warned.get(host) ?? new Set<string>();
  if (!networks.has(network)) {
    warned.set(host, networks.add(network));
    console.warn(`<${host.localName}>: ${network} must be an https: address; that link is left out.`, given);
  }
  return undefined;
}

/**
 * @summary The "Stay connected" row: links to the organisation's pages on social networks and its news feed, each an
 * icon with an accessible name ("IJM on Instagram"). The host gives each address; nothing else is loaded or added:
 * no third-party script, no tracking parameter, no request until a link is followed.
 * @tag ijm-follow-links
 * @since 0.2.0
 *
 * @attr facebook - The organisation's Facebook page: an `https:` address (likewise `instagram`, `linkedin`, `medium`,
 * `pinterest`, `x`, `twitter`, and `rss` for its news feed). Networks without an address are left out; an address
 * that is not `https:` is left out with a console warning.
 * @attr organization - The name in each link's accessible name (default `IJM`).
 * @attr new-tab - Open the links in a new tab (with `rel="noopener"`), and say so in their names. Default: same tab.
 * @attr hide-heading - Keep the heading for screen readers only (it still names the list).
 *
 * @csspart heading - "Stay connected".
 * @csspart list - The list of links.
 * @csspart link - Each link.
 * @csspart icon - Each link's SVG icon.
 *
 * @cssprop --ijm-follow-links-color - Colour of the icons (default the accent colour).
 * @cssprop --ijm-follow-links-hover-color - Their colour under the pointer (default the text colour).
 * @cssprop --ijm-follow-links-icon-size - Size of each icon (default 1.5rem; each link is at least 2.75rem square).
 * @cssprop --ijm-follow-links-gap - Space between the links.
 */
export class IjmFollowLinks extends LitElement {
  static override styles = [hostStyles, followLinksStyles];

  static override properties = {
    facebook: {},
    instagram: {},
    linkedin: {},
    medium: {},
    pinterest: {},
    x: {},
    twitter: {},
    rss: {},
    organization: {},
    newTab: { type: Boolean, attribute: 'new-tab' },
    hideHeading: { type: Boolean, attribute: 'hide-heading' },
    messages: { attribute: false },
  };

  /** The organisation's Facebook page (`https:` only). */
  declare facebook: string | undefined;
  /** Its Instagram account (`https:` only). */
  declare instagram: string | undefined;
  /** Its LinkedIn page (`https:` only); shown as the word "LinkedIn", there being no mark for it. */
  declare linkedin: string | undefined;
  /** Its Medium publication (`https:` only). */
  declare medium: string | undefined;
  /** Its Pinterest account (`https:` only). */
  declare pinterest: string | undefined;
  /** Its X account (`https:` only). */
  declare x: string | undefined;
  /** Its account under the name Twitter (`https:` only), drawn with the X mark. */
  declare twitter: string | undefined;
  /** Its news feed (`https:` only). */
  declare rss: string | undefined;
  /** The name in each link's accessible name (default `IJM`). */
  declare organization: string | undefined;
  /** Open the links in a new tab, and say so in their names. */
  declare newTab: boolean;
  /** Keep the heading for screen readers only. */
  declare hideHeading: boolean;
  /** Messages to use instead of the built-in ones, by key (`heading`, `onNetwork`, `feed`, `newTab`). */
  declare messages: Partial<FollowLinksMessages> | undefined;

  readonly #localize = new LocalizeController<FollowLinksMessages>(this, followLinksCatalogs);
  #pendingMarks: Promise<unknown> | undefined;
  #links: readonly { readonly network: FollowNetwork; readonly href: string }[] = [];

  constructor() {
    super();
    this.newTab = false;
    this.hideHeading = false;
  }

  protected override willUpdate(): void {
    this.#links = FOLLOW_NETWORKS.flatMap((network) => {
      const href = followUrl(this, network, this[network]);
      return href === undefined ? [] : [{ network, href }];
    });
    const pending = this.#links.flatMap(({ network }) => loadMark(network) ?? []);
    if (pending.length > 0) {
      const marksShown = Promise.all(pending).then(() => this.requestUpdate());
      this.#pendingMarks = marksShown;
    }
  }

  /** Resolves once the links are drawn with their marks (downloaded on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pendingMarks !== undefined) {
      const pending = this.#pendingMarks;
      await pending;
      if (this.#pendingMarks === pending) this.#pendingMarks = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    if (this.#links.length === 0) return nothing;
    const localize = this.#localize;
    const organization = (typeof this.organization === 'string' && this.organization.trim()) || DEFAULT_ORGANIZATION;
    const newTab = this.newTab === true;
    return html`<p part="heading" id="heading" class=${this.hideHeading === true ? 'heading visually-hidden' : 'heading'}>
        ${localize.term('heading')}
      </p>
      <ul part="list" aria-labelledby="heading">
        ${this.#links.map(({ network, href }) => {
          const { name, mark } = NETWORKS[network];
          const icon = loadedMarks.get(network);
          const label =
            network === 'rss' ? localize.term('feed', organization) : localize.term('onNetwork', organization, name);
          return html`<li>
            <a
              part="link"
              href=${href}
              target=${newTab ? '_blank' : nothing}
              rel=${newTab ? 'noopener' : nothing}
              referrerpolicy="strict-origin-when-cross-origin"
              >${
                icon
                  ? renderIcon(icon)
                  : icon === undefined && mark !== undefined
                    ? html`<span class="mark"></span>`
                    : html`<span class="text" aria-hidden="true">${name}</span>`
              }<span class="visually-hidden">${newTab ? `${label} ${localize.term('newTab')}` : label}</span></a
            >
          </li>`;
        })}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-follow-links': IjmFollowLinks;
  }
}
