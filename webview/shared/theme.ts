// The VS Code theme as webviews see it: a body class per theme kind, and --vscode-* CSS variables.
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-dark')) return 'dark';
  return 'light';
}

/** The value of a `--vscode-*` variable, '' when the theme does not set it. */
export function cssVariable(name: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim();
}

/**
 * Calls `changed` when the theme changes: VS Code swaps the body's classes and theme attributes and rewrites
 * the variables on <html>. Several of these arrive together, so calls are merged into one per frame.
 */
export function onThemeChange(changed: () => void): () => void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      changed();
    });
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-id', 'data-vscode-theme-kind'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  return () => observer.disconnect();
}
