// The page builds every node by hand and sets server values only as text, so a customer named like markup
// stays text. Nothing here ever assigns innerHTML.
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A form's error box: hidden until there is something to say. */
export function errorBox(): HTMLElement {
  const box = el('div', { class: 'error', role: 'alert' });
  box.hidden = true;
  return box;
}

export interface MessageExtras {
  /** Apps Script's own words, for whoever helps the rep: folded under `detailLabel` ("Details"). */
  detail?: string;
  detailLabel?: string;
  /** The check that failed: recheck() takes the message away once that check passes. */
  check?: string;
}

export function showMessage(box: HTMLElement, text: string, extras: MessageExtras = {}): void {
  box.replaceChildren();
  if (text) box.appendChild(el('span', { class: 'error-text' }, text));
  if (text && extras.detail) {
    box.appendChild(el('details', { class: 'detail' }, el('summary', {}, extras.detailLabel || 'Details'), el('code', {}, extras.detail)));
  }
  if (extras.check) box.dataset.check = extras.check;
  else delete box.dataset.check;
  box.hidden = text === '';
}

/** After the rep changes the form: a check's message goes as soon as that check passes (a server's message stays). */
export function recheck(box: HTMLElement, failing: string | null): void {
  const shown = box.dataset.check;
  if (shown && shown !== failing) showMessage(box, '');
}

/** Whether a node is in the page and drawn (not inside a hidden or folded part). */
export function isShown(node: HTMLElement): boolean {
  return node.isConnected && node.getClientRects().length > 0;
}
