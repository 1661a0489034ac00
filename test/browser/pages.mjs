// What the browser tests of our webview pages share: the theme VS Code would set on a webview (variables and body
// class) for light, dark and high contrast, and reading the messages a page posts to the webview stand-in.

/**
 * What VS Code sets on a webview's <html> (variables) and <body> (class) for a theme, for the variables our page and
 * @vscode-elements/elements read, from a small palette of the theme's colours.
 */
function theme(body, c) {
  const vars = {
    '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-font-weight': 'normal',
    '--vscode-editor-background': c.bg, '--vscode-editor-foreground': c.fg, '--vscode-foreground': c.fg, '--vscode-descriptionForeground': c.muted,
    '--vscode-icon-foreground': c.fg, '--vscode-textLink-foreground': c.link, '--vscode-textLink-activeForeground': c.link,
    '--vscode-widget-border': c.border, '--vscode-focusBorder': c.focus,
    '--vscode-button-background': c.button, '--vscode-button-foreground': c.buttonFg, '--vscode-button-hoverBackground': c.button,
    '--vscode-button-secondaryBackground': c.secondary, '--vscode-button-secondaryForeground': c.fg, '--vscode-button-secondaryHoverBackground': c.secondary,
    '--vscode-settings-dropdownBackground': c.input, '--vscode-settings-dropdownForeground': c.fg, '--vscode-settings-dropdownBorder': c.border,
    '--vscode-badge-background': c.secondary, '--vscode-badge-foreground': c.fg,
    '--vscode-editorError-foreground': c.error, '--vscode-editorInfo-foreground': c.info,
    '--vscode-textBlockQuote-background': c.quote, '--vscode-textBlockQuote-border': c.border,
    // What the practice pages and their charts read besides.
    '--vscode-panel-border': c.panel, '--vscode-errorForeground': c.errorText, '--vscode-editorWarning-foreground': c.warning,
    '--vscode-testing-iconPassed': c.passed, '--vscode-inputValidation-warningBorder': c.warningBorder, '--vscode-inputValidation-warningBackground': c.warningBg,
    '--vscode-sideBar-background': c.side, '--vscode-sideBarSectionHeader-background': c.side, '--vscode-sideBarTitle-foreground': c.fg, '--vscode-editorWidget-background': c.widget,
    '--vscode-charts-lines': c.chartLines, '--vscode-charts-blue': c.blue, '--vscode-charts-orange': '#d18616', '--vscode-charts-green': c.green, '--vscode-charts-purple': c.purple, '--vscode-charts-red': c.red, '--vscode-charts-yellow': c.warning,
    ...(c.contrast ? { '--vscode-contrastBorder': c.contrast, '--vscode-contrastActiveBorder': c.focus, '--vscode-button-border': c.contrast } : {}),
  };
  return { body, vars };
}

export const THEMES = {
  light: theme('vscode-light', { bg: '#ffffff', fg: '#3b3b3b', muted: '#717171', link: '#005fb8', border: '#e5e5e5', focus: '#005fb8', button: '#005fb8', buttonFg: '#ffffff', secondary: '#e5e5e5', input: '#ffffff', error: '#e51400', info: '#1a85ff', quote: '#f8f8f8', panel: '#e5e5e5', errorText: '#a1260d', warning: '#bf8803', passed: '#388a34', warningBorder: '#bf8803', warningBg: '#f6f5d2', side: '#f8f8f8', widget: '#f8f8f8', chartLines: '#3b3b3b80', blue: '#1a85ff', green: '#388a34', purple: '#652d90', red: '#e51400' }),
  dark: theme('vscode-dark', { bg: '#1f1f1f', fg: '#cccccc', muted: '#9d9d9d', link: '#4daafc', border: '#313131', focus: '#0078d4', button: '#0078d4', buttonFg: '#ffffff', secondary: '#313131', input: '#313131', error: '#f14c4c', info: '#3794ff', quote: '#2b2b2b', panel: '#2b2b2b', errorText: '#f85149', warning: '#cca700', passed: '#73c991', warningBorder: '#b89500', warningBg: '#352a05', side: '#181818', widget: '#202020', chartLines: '#cccccc80', blue: '#3794ff', green: '#89d185', purple: '#b180d7', red: '#f14c4c' }),
  'high-contrast': theme('vscode-high-contrast', { bg: '#000000', fg: '#ffffff', muted: '#ffffff', link: '#21a6ff', border: '#6fc3df', focus: '#f38518', button: '#000000', buttonFg: '#ffffff', secondary: '#000000', input: '#000000', error: '#f48771', info: '#3794ff', quote: '#000000', contrast: '#6fc3df', panel: '#6fc3df', errorText: '#f48771', warning: '#ffd700', passed: '#73c991', warningBorder: '#6fc3df', warningBg: '#000000', side: '#000000', widget: '#0c141f', chartLines: '#ffffff', blue: '#3794ff', green: '#89d185', purple: '#b180d7', red: '#f14c4c' }),
};

/** @param {import('playwright-core').Page} page @param {keyof typeof THEMES} name */
export async function setTheme(page, name) {
  await page.evaluate((t) => {
    for (const [k, v] of Object.entries(t.vars)) document.documentElement.style.setProperty(k, v);
    document.body.className = t.body;
  }, THEMES[name]);
}

/** @param {import('playwright-core').Page} page */
export const posted = (page) => page.evaluate(() => /** @type {any} */ (window).__posted);

/**
 * Waits for the view to post a message of `type` (after `from` messages already seen) and returns it.
 * @param {import('playwright-core').Page} page @param {string} type @param {number} from
 */
export async function waitPosted(page, type, from = 0, timeout = 30_000) {
  const handle = await page.waitForFunction(([t, f]) => /** @type {any} */ (window).__posted.slice(f).find((m) => m.type === t), [type, from], { timeout });
  return handle.jsonValue();
}

/** axe-core's script, read once. */
let axeSource;

/**
 * Runs axe-core on the page as it is drawn (the caller sets the theme first) and returns its serious and critical
 * violations, as "rule-id (impact): first target". axe is evaluated in the page, not added as a tag, so the
 * page's content security policy stays as VS Code sets it; no preload, which would fetch the stylesheets
 * (a connect-src the policy refuses).
 * @param {import('playwright-core').Page} page
 */
export async function accessibilityViolations(page) {
  axeSource ??= (await import('node:fs')).readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'], preload: false });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${JSON.stringify(v.nodes[0]?.target ?? [])} ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').slice(0, 160) ?? ''}`);
  });
}
