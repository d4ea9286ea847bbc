import { css } from 'lit';

/**
 * No shared host styles: an icon takes its colour and size from the text around it (`currentColor`, `1em`), which the
 * widgets' host rules would set. The box keeps its size while the icon set downloads, so nothing moves when it draws.
 */
export const iconStyles = css`
  :host{display:inline-block;inline-size:var(--ijm-icon-size,1em);block-size:var(--ijm-icon-size,1em);flex:none;line-height:0;vertical-align:-0.125em;}
  :host([hidden]){display:none;}
  svg{display:block;inline-size:100%;block-size:100%;overflow:visible;stroke-width:var(--ijm-icon-stroke-width,2);}
`;
