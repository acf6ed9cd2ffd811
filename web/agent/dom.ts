// The console's only way to build DOM: elements with attributes, and strings that always
// become text nodes. There is no innerHTML anywhere in the console, so a customer's
// `<img onerror=...>` stays a few harmless characters on screen.
export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  class?: string;
  /** Attributes (aria-*, type, id, ...); `false`/undefined leaves one out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners by event name. */
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class) element.className = options.class;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, listener] of Object.entries(options.on ?? {})) {
    element.addEventListener(name, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent` (strings again as text nodes). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A button that is a real <button type="button">, so it works with Enter and Space. */
export function button(
  label: string,
  onClick: () => void,
  options: { class?: string; attrs?: ElementOptions['attrs'] } = {},
): HTMLButtonElement {
  return el(
    'button',
    {
      class: options.class ?? 'pc-button',
      attrs: { type: 'button', ...options.attrs },
      on: { click: onClick },
    },
    label,
  );
}
