// An attribute is always text, but a property set from JavaScript can hold anything: a framework passes numbers, a
// failed parse gives NaN, a bug gives an object. Elements read such properties through here, so that no value can
// make a render throw (which in Lit leaves an empty shadow root and an unhandled rejection). Kept this small because
// it is in the first paint of every tier badge.

const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns, once per element and property, that a value (anything but `null` and `undefined`) is ignored: the element
 * treats it as unset. The value goes to the console as well, so its kind and content are there to inspect.
 */
export function ignoreProperty<E extends Element, K extends keyof E & string>(
  host: E,
  name: K,
  value: unknown = host[name],
): undefined {
  const names = warned.get(host) ?? new Set<string>();
  if (value == null || names.has(name)) return;
  warned.set(host, names.add(name));
  console.warn(`<${host.localName}> ignores ${name} of type ${typeof value}:`, value);
}

/**
 * A text property as the element reads it, trimmed: text, or a finite number in its string form (`1` reads as `"1"`,
 * as the attribute would). Anything else (`NaN`, a boolean, an object, an array) is unset, with a warning.
 */
export function readText<E extends Element, K extends keyof E & string>(
  host: E,
  name: K,
  value: unknown = host[name],
): string | undefined {
  return typeof value === 'string' || Number.isFinite(value) ? `${value}`.trim() : ignoreProperty(host, name, value);
}
