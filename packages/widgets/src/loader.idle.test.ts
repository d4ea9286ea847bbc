// The loader's other half (a frame of its own, so its page's load is this file's): what the page holds far below the
// fold at its load is defined once the browser is idle, without any scrolling, so that a screen reader's virtual
// cursor, find in page or fast tabbing can reach it.
import { expect, it } from 'vitest';

it('defines an element far below the fold once the page is idle after its load, without scrolling', async () => {
  const spacer = document.createElement('div');
  spacer.style.blockSize = '500vh';
  const links = document.createElement('ijm-follow-links');
  links.setAttribute('facebook', 'https://www.facebook.com/IJM');
  document.body.append(spacer, links);

  const { restRequested } = await import('./loader.js');
  let idleCame = false;
  void restRequested.then(() => {
    idleCame = true;
  });
  await customElements.whenDefined('ijm-follow-links');
  // Defined by the idle moment, not because it came into view: it never did.
  expect(idleCame).toBe(true);
  expect(scrollY).toBe(0);
  expect(links.getBoundingClientRect().top).toBeGreaterThan(innerHeight * 2);
});
