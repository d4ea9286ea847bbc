const warned = new Set<string>();

/**
 * Registers a custom element once. When the tag already exists (a partner page loaded the bundle twice, or two
 * versions of it), it warns once and keeps the first definition instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined on this page, probably by another copy of @ijm/widgets; keeping the first.`,
    );
  }
}
