// The VS Code builds we test against, named once. code-server's npm package carries VS Code's server.
// The oldest entry must match package.json `engines.vscode`; the newest is the newest that installs here.

/**
 * @typedef {object} VSCodeVersion
 * @property {string} codeServer  npm version of `code-server`
 * @property {string} vscode      the VS Code release inside it
 * @property {{ package: string, version: string }} [node]  a Node from npm to install and run it with (default: this Node)
 * @property {string} [ripgrepCache]  version of `@vscode/ripgrep` whose GitHub download must be pre-seeded from Debian's `rg`
 */

/** @type {Record<string, VSCodeVersion>} */
export const VERSIONS = {
  // Its @vscode/ripgrep downloads rg from GitHub at install time; install.mjs seeds that download from Debian's rg.
  '4.100.3': { codeServer: '4.100.3', vscode: '1.100.3', ripgrepCache: '1.15.11' },
  // VS Code 1.139 needs Node 24; the npm package `node` ships that binary (node_modules/node/bin/node).
  '4.139.1': { codeServer: '4.139.1', vscode: '1.139.1', node: { package: 'node', version: '24.21.0' } },
};

export const ALL = Object.keys(VERSIONS);
export const OLDEST = ALL[0];
export const NEWEST = ALL[ALL.length - 1];

/**
 * Turns a `--vscode` value (a code-server version, a VS Code version, `oldest`, `newest` or `all`) into version keys.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function resolveVersions(value) {
  if (!value || value === 'all') return ALL;
  if (value === 'oldest') return [OLDEST];
  if (value === 'newest') return [NEWEST];
  const wanted = value.split(',').map((v) => v.trim()).filter(Boolean);
  return wanted.map((v) => {
    const key = ALL.find((k) => k === v || VERSIONS[k].vscode === v);
    if (!key) {
      throw new Error(`Unknown --vscode ${v}: expected one of ${ALL.join(', ')} (code-server), ${ALL.map((k) => VERSIONS[k].vscode).join(', ')} (VS Code), oldest, newest or all. Add new versions in scripts/vscode/versions.mjs.`);
    }
    return key;
  });
}

/**
 * Reads `--name value` or `--name=value` from argv.
 * @param {string[]} argv
 * @param {string} name
 */
export function argValue(argv, name) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}
