/**
 * What survives forced colours (Windows High Contrast): the browser replaces colours, backgrounds
 * and shadows with a few system colours, so a state shown only by a colour or a shadow disappears.
 * What is left to tell things apart: borders, outlines, underlines, system colours the page asks
 * for, and what is drawn (a tick).
 */
import type { Locator } from '@playwright/test';

/** How an element looks in forced colours, by what survives them. */
export async function forcedLook(element: Locator): Promise<string> {
  return element.evaluate((e: Element) => {
    const style = getComputedStyle(e);
    const sides = ['Top', 'Right', 'Bottom', 'Left'].map((side) => {
      const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      return width > 0 && kind !== 'none' && kind !== 'hidden'
        ? `${side}:${width}px ${kind} ${style.getPropertyValue(`border-${side.toLowerCase()}-color`)}`
        : `${side}:none`;
    });
    const outline =
      style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 ? `${style.outlineWidth} ${style.outlineStyle}` : 'none';
    const drawn = Array.from(e.querySelectorAll('*')).filter(
      (child) => child.getClientRects().length > 0 && getComputedStyle(child).visibility !== 'hidden',
    ).length;
    return JSON.stringify({
      sides,
      outline,
      underline: style.textDecorationLine,
      background: style.backgroundColor,
      colour: style.color,
      drawn,
    });
  });
}

/** True when a control has a boundary that forced colours keep: a border or an outline. */
export async function hasForcedBoundary(element: Locator): Promise<boolean> {
  return element.evaluate((e: Element) => {
    const style = getComputedStyle(e);
    const border = ['top', 'right', 'bottom', 'left'].every(
      (side) =>
        Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && style.getPropertyValue(`border-${side}-style`) !== 'none',
    );
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return border || outline;
  });
}
