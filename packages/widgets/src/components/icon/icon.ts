import { LitElement, nothing } from 'lit';
import { type IconData, renderIcon } from '../../kit/icon.js';
import { findIcon, loadIconSet, onIconsRegistered } from '../../kit/icon-registry.js';
import { iconStyles } from './icon.styles.js';

const warned = new Set<string>();

/**
 * A property as text: a string, or a number in its string form, trimmed; anything else (an object, `NaN`) counts as
 * unset, with one warning. Not the kit's `readText`, which shares a chunk with the tier widgets' code: importing it
 * here would split that chunk and make every tier widget's download larger.
 */
function text(host: IjmIcon, property: 'name' | 'label'): string {
  const value: unknown = host[property];
  if (typeof value === 'string' || Number.isFinite(value)) return `${value}`.trim();
  if (value != null && !warned.has(`${property} ${typeof value}`)) {
    warned.add(`${property} ${typeof value}`);
    console.warn(`<ijm-icon> ignores ${property} of type ${typeof value}:`, value);
  }
  return '';
}

/**
 * @summary An icon from the seed site's set (Lucide's shapes and Simple Icons' brand marks), drawn as inline SVG in the
 * colour and size of the text around it. Decorative unless it has a `label`. With a bundler, register the icons you
 * import (`registerIcons(iconSearch)` from `@ijm/widgets/icons`); with embed.js or loader.js, a name nobody registered
 * downloads the whole set once (one small chunk).
 * @tag ijm-icon
 * @since 0.2.0
 *
 * @attr name - The icon's name, for example `search`, `arrow-simple-right` or `instagram`.
 * @attr label - What the icon means, when nothing beside it says so: it becomes an image with that accessible name.
 *
 * @csspart icon - The SVG element.
 *
 * @cssprop --ijm-icon-size - Width and height (default `1em`, so `font-size` sizes it too).
 * @cssprop --ijm-icon-stroke-width - Line width of the outlined icons, in 24ths of the size (default 2).
 */
export class IjmIcon extends LitElement {
  static override styles = iconStyles;

  static override properties = { name: { reflect: true }, label: {} };

  /** The icon's name. An unknown name draws nothing, with one console warning per name; it never throws. */
  declare name: string | undefined;

  /** What the icon means, as its accessible name. Without it the icon is decorative and hidden from screen readers. */
  declare label: string | undefined;

  #icon: IconData | undefined;
  #waiting: Promise<unknown> | undefined;
  #stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopListening = onIconsRegistered(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
  }

  protected override willUpdate(): void {
    const name = text(this, 'name');
    this.#icon = name ? findIcon(name) : undefined;
    if (name && this.#icon === undefined) this.#waiting = this.#whenMissing(name);
  }

  async #whenMissing(name: string): Promise<void> {
    const unavailable = await loadIconSet();
    // By now any set is registered (and this element asked to redraw): warn only if the name is still unknown.
    if (findIcon(name) !== undefined || warned.has(name)) return;
    warned.add(name);
    const why = Object.hasOwn(unavailable, name) ? `: ${unavailable[name]}` : '';
    console.warn(`<ijm-icon> has no icon named "${name}"${why}. It draws nothing.`);
  }

  /** Resolves once the icon is drawn, or known to be missing (after the set's download, when one was needed). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#waiting !== undefined) {
      const waiting = this.#waiting;
      await waiting;
      if (this.#waiting === waiting) this.#waiting = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    if (this.#icon === undefined) return nothing;
    return renderIcon(this.#icon, text(this, 'label') || undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-icon': IjmIcon;
  }
}
