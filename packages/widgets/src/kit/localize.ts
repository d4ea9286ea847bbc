import { type Catalog, DEFAULT_LOCALE, type Locale, type Messages, resolveLocale } from '@ijm/core/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { messages?: Partial<Messages> | undefined };

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// One observer for the whole page: a `lang` change on any ancestor re-renders the widgets below it.
function watchLangChanges(): void {
  if (observer !== undefined) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the element or its closest ancestor, crossing shadow roots up to the document. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node !== null) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang !== null) return withLang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Gives a component its locale: from `lang` on the element or its closest ancestor, following later changes. */
export class LocaleController implements ReactiveController {
  #locale: Locale = DEFAULT_LOCALE;

  constructor(protected readonly host: Host) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  refresh(): void {
    const locale = resolveLocale(closestLang(this.host));
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.host.requestUpdate();
    }
  }
}

/**
 * Gives a component its locale and its messages in that locale, with any message the host overrides through the
 * element's `messages` property.
 */
export class LocalizeController<M extends Messages> extends LocaleController {
  constructor(
    host: Host,
    private readonly catalogs: { readonly en: Catalog<M> } & Partial<Record<Locale, Catalog<M>>>,
  ) {
    super(host);
  }

  /** The catalog in use, so a component can say when its text still needs a native speaker's review. */
  get catalog(): Catalog<M> {
    return this.catalogs[this.locale] ?? this.catalogs.en;
  }

  /** A message in the current locale; the host's override wins, then the locale's catalog, then English. */
  term<K extends keyof M>(key: K, ...args: M[K] extends (...a: infer A) => string ? A : []): string {
    const override = this.host.messages?.[key as string];
    const message = (override ?? this.catalog.messages[key] ?? this.catalogs.en.messages[key]) as M[K];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
  }
}
