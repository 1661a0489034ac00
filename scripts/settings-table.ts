// The README's settings table, generated from package.json's `contributes.configuration` (`npm run docs` writes it
// between the markers; a test fails when the README and the manifest disagree).
export const SETTINGS_START = '<!-- settings:start (generated from package.json by `npm run docs`) -->';
export const SETTINGS_END = '<!-- settings:end -->';

interface Setting {
  readonly type?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly markdownDescription?: string;
  readonly description?: string;
  readonly additionalProperties?: Setting | boolean;
}

const cell = (text: string): string => text.split('\n').map((l) => l.trim()).join(' ').replace(/\|/g, '\\|');

function values(s: Setting): string {
  // An object setting whose values are an enum (per-id severities): list those values.
  const e = s.enum ? s : typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  if (!e?.enum) return '';
  return ' ' + e.enum.map((v, i) => `\`${String(v)}\`${e.enumDescriptions?.[i] ? `: ${e.enumDescriptions[i].replace(/\.$/, '')}` : ''}`).join('; ') + '.';
}

/** The Markdown table, one row per setting in manifest order. */
export function settingsTable(pkg: { contributes: { configuration: { properties: Record<string, Setting> } } }): string {
  const rows = Object.entries(pkg.contributes.configuration.properties).map(
    ([key, s]) => `| \`${key}\` | \`${JSON.stringify(s.default)}\` | ${cell((s.markdownDescription ?? s.description ?? '') + values(s))} |`,
  );
  return ['| Setting | Default | What it does |', '|---|---|---|', ...rows].join('\n');
}

/** The README with its settings section replaced by the table; throws when the markers are missing. */
export function withSettingsTable(readme: string, table: string): string {
  const start = readme.indexOf(SETTINGS_START);
  const end = readme.indexOf(SETTINGS_END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${SETTINGS_START} and ${SETTINGS_END} are missing`);
  return `${readme.slice(0, start + SETTINGS_START.length)}\n${table}\n${readme.slice(end)}`;
}
