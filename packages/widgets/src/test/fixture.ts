import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

/** Mounts markup in a fresh container, waits for the first custom element in it to render, and returns it. */
export async function fixture<T extends HTMLElement>(
  markup: string,
  attributes: Record<string, string> = {},
): Promise<T> {
  const container = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value);
  const template = document.createElement('template');
  template.innerHTML = markup;
  container.append(template.content);
  document.body.append(container);
  mounted.push(container);
  const element = container.firstElementChild as T | null;
  if (element === null) throw new Error(`fixture: no element in ${markup}`);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
