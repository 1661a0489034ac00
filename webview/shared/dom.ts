// Building webview pages: elements from text (never HTML), buttons, meters and icons. Shared by every page.
type Child = Node | string | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, attrs?: Record<string, string>, ...children: Child[]): HTMLElement;
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) e.append(c);
  return e;
}

/** A vscode-elements button; `icon` names a codicon. */
export function button(label: string, action: () => void, options: { readonly secondary?: boolean; readonly icon?: string; readonly attrs?: Record<string, string> } = {}): HTMLElement {
  const attrs: Record<string, string> = { ...options.attrs };
  if (options.secondary) attrs.secondary = '';
  if (options.icon) attrs.icon = options.icon;
  return onClick(el('vscode-button', attrs, label), action);
}

export function onClick<T extends HTMLElement>(e: T, action: () => void): T {
  e.addEventListener('click', (ev) => {
    ev.preventDefault();
    action();
  });
  return e;
}

/** A horizontal meter, coloured by how full it is. */
export function meter(value: number, max: number, label: string): HTMLElement {
  const pct = max > 0 ? Math.max(0, Math.min(100, Math.round((100 * value) / max))) : 0;
  const fill = el('div', { class: `fill ${pct >= 75 ? 'good' : pct >= 40 ? 'fair' : 'poor'}` });
  fill.style.width = `${pct}%`;
  return el('div', { class: 'bar', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': String(max), 'aria-valuenow': String(value), 'aria-label': label }, fill);
}

export function codicon(name: string, label?: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, ...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' }) });
}
