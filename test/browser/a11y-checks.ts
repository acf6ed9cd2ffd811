// A few axe-like checks run inside the page, without a new dependency: every visible button
// in the widget has an accessible name, and text meets WCAG AA contrast against the first
// opaque background behind it.
import type { Locator, Page } from 'playwright-core';

/** Visible buttons under `selector` that have no accessible name (described for the failure message). */
export function unnamedButtons(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((root) => {
    const nameOf = (element: HTMLElement): string => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const byId = labelledBy
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      return (
        element.getAttribute('aria-label') ||
        byId ||
        element.textContent ||
        element.title ||
        ''
      ).trim();
    };
    return [...document.querySelectorAll<HTMLElement>(`${root} button, ${root} [role="button"]`)]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => nameOf(element) === '')
      .map((element) => element.outerHTML.slice(0, 120));
  }, selector);
}

/** The contrast ratio (1–21) of the element's text colour against its effective background. */
export function contrastRatio(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const rgba = (value: string) => (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background: number[] = [255, 255, 255];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color.length < 4 || (color[3] ?? 0) >= 0.99) {
        background = color;
        break;
      }
    }
    const foreground = luminance(rgba(getComputedStyle(element).color));
    const back = luminance(background);
    return (Math.max(foreground, back) + 0.05) / (Math.min(foreground, back) + 0.05);
  });
}
