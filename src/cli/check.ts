// `check` over files the way the editor checks them: the nearest configuration file, the packs in
// `.design-workbench/checklists` of the current folder plus those the configuration names, and the inline
// suppressions, all through the shared checkDocument.
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDocument, engineWithPacks, knownIds, type CheckResult, type Finding } from '../checklist/check';
import { documentConfig, excludes, loadConfigSync, unknownIds, type Config } from '../checklist/config';
import { defaultEngine, type ChecklistEngine } from '../checklist/engine';
import type { AntiPattern, ChecklistItem } from '../checklist/schema';
import { DEFAULT_SETTINGS } from '../checklist/settings';
import { parseDocument } from '../shared/document';
import { dirnameOf, relativeTo } from '../shared/paths';
import type { FileProblem } from '../shared/yaml-schema';
import { makeBaseline, newFindings, parseBaseline } from './baseline';
import { changedLines } from './changed';
import { ansiStyle, plainStyle, toJson, toText, type CheckedFile, type JsonReport, type Style } from './checklist-format';
import { toCompact, toGithub, toJunit } from './ci-formats';
import { writeReport } from './output';
import { toSarif, type SarifTool } from './sarif';
import { CLI_VERSION, REPOSITORY } from './version';
import { frontMatterWarning, readText, UsageError, type Io } from './io';

export interface CheckedDocument {
  /** As the user named it. */
  readonly file: string;
  /** Absolute, slash-separated. */
  readonly path: string;
  readonly result: CheckResult;
  readonly config: Config | undefined;
  /** The engine that checked it: the built-in items plus the packs its configuration names. */
  readonly engine: ChecklistEngine;
}

export interface CheckRun {
  readonly checked: readonly CheckedDocument[];
  /** Files the configuration excludes, left out. */
  readonly skipped: readonly string[];
  /** Configuration and pack problems, as `file:line: message` (1-based). */
  readonly problems: readonly string[];
}

const slashes = (p: string): string => p.replace(/\\/g, '/');

/** The text of a file, or undefined when there is none (a reader for the configuration search). */
function readOptional(io: Io, path: string): string | undefined {
  try {
    return io.isFile(path) ? io.readFile(path).toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The workspace packs: `.design-workbench/checklists/*.yaml` in `folder`, in path order. */
function workspacePacks(folder: string): string[] {
  const dir = `${folder}/.design-workbench/checklists`;
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

export function checkFiles(files: readonly string[], io: Io, cwd = process.cwd()): CheckRun {
  const root = slashes(resolve(cwd));
  const problems = new Set<string>();
  const report = (list: readonly FileProblem[]): void => {
    for (const p of list) problems.add(`${displayPath(root, p.file)}:${p.line + 1}: ${p.message}`);
  };
  const basePacks = workspacePacks(root);
  const engines = new Map<string, ChecklistEngine>();
  const engineFor = (packs: readonly string[]): ChecklistEngine => {
    const paths = [...basePacks, ...packs.filter((p) => !basePacks.includes(p))];
    const key = paths.join('\n');
    let engine = engines.get(key);
    if (!engine) {
      const texts: { file: string; text: string }[] = [];
      for (const file of paths) {
        const text = readOptional(io, file);
        if (text === undefined) report([{ file, line: 0, message: 'the configuration names this pack, but it cannot be read' }]);
        // Named by URL, as the editor names them: a pack item's docs link defaults to its file.
        else texts.push({ file: pathToFileURL(file).href, text });
      }
      const built = engineWithPacks(texts);
      report(built.problems);
      engine = built.engine;
      engines.set(key, engine);
    }
    return engine;
  };

  const checked: CheckedDocument[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const text = readText(file, io);
    const path = slashes(resolve(cwd, file));
    const loaded = loadConfigSync(dirnameOf(path), undefined, (p) => readOptional(io, p));
    report(loaded.problems);
    const engine = engineFor(loaded.config?.packs ?? []);
    if (loaded.config) {
      report(unknownIds(loaded.config, knownIds(engine)));
      // Named on the command line, a file is checked even where the include globs miss it; exclude still wins.
      if (excludes(loaded.config, path)) {
        skipped.push(file);
        continue;
      }
    }
    const result = checkDocument(engine, parseDocument(text), documentConfig(loaded.config, path), DEFAULT_SETTINGS);
    checked.push({ file, path, result, config: loaded.config, engine });
  }
  return { checked, skipped, problems: [...problems] };
}

/**
 * What `check` with no file named reads: the include globs of the configuration file nearest the current
 * folder, as patterns from the current folder.
 */
export function includedByConfig(cwd: string, io: Io): string[] {
  const root = slashes(resolve(cwd));
  const loaded = loadConfigSync(root, undefined, (p) => readOptional(io, p));
  if (loaded.problems.length) throw new UsageError(loaded.problems.map((p) => `${displayPath(root, p.file)}:${p.line + 1}: ${p.message}`).join('\n'));
  const include = loaded.config?.include;
  if (!include) {
    throw new UsageError(
      loaded.config
        ? `'check' needs a Markdown file, folder or glob pattern: ${displayPath(root, loaded.config.file)} sets no include globs`
        : `'check' needs a Markdown file, folder or glob pattern, or a .design-workbench.yaml with include globs in the current folder`,
    );
  }
  const base = include.base === root ? '' : relativeTo(root, include.base);
  return include.patterns.map((p) => (base ? `${base}/${p}` : p));
}

function displayPath(root: string, name: string): string {
  const file = name.startsWith('file:') ? slashes(fileURLToPath(name)) : name;
  return file.startsWith(`${root}/`) ? relativeTo(root, file) : file;
}

/**
 * The report with only `shown` findings (suppressed and filtered ones left out): an anti-pattern keeps the
 * instances still shown, the first of them as its line; covered items always stay.
 */
export function shownReport(result: CheckResult, shown: readonly Finding[]): CheckResult['report'] {
  const itemShown = new Set(shown.filter((f) => f.kind !== 'antipattern').map((f) => f.ruleId));
  const hidden = new Set([...result.findings, ...result.suppressed].filter((f) => f.kind !== 'antipattern').map((f) => f.ruleId));
  const instanceShown = new Set(shown.filter((f) => f.kind === 'antipattern').map((f) => `${f.ruleId}:${f.line}`));
  return {
    ...result.report,
    items: result.report.items.filter((i) => !hidden.has(i.id) || itemShown.has(i.id)),
    antipatterns: result.report.antipatterns.flatMap((a) => {
      const instances = a.instances.filter((i) => instanceShown.has(`${a.id}:${i.line}`));
      return instances.length ? [{ ...a, line: instances[0].line, evidence: instances[0].text, instances }] : [];
    }),
  };
}

/** The JSON contract, plus `suppressed` (with the reasons) and `suppressionProblems`. */
export function checkedJson(file: CheckedDocument, shown: readonly Finding[]): JsonReport & { suppressed: unknown[]; suppressionProblems: unknown[] } {
  return {
    ...toJson(file.file, shownReport(file.result, shown)),
    suppressed: file.result.suppressed.map((s) => ({ id: s.ruleId, title: s.title, line: s.line, evidence: s.evidence, reason: s.reason ?? null })),
    suppressionProblems: file.result.suppressionProblems.map((p) => ({ line: p.line, message: p.message })),
  };
}

/** The text report, with suppression problems and, when asked, the suppressed findings and their reasons. */
export function checkedText(file: CheckedDocument, shown: readonly Finding[], style: Style, showSuppressed: boolean): string {
  const out = [toText(file.file, shownReport(file.result, shown), style)];
  const { suppressed, suppressionProblems } = file.result;
  if (suppressionProblems.length) {
    out.push('', style.bold('Suppression comments'));
    for (const p of suppressionProblems) out.push(`  ${style.status('weak', '! line ' + p.line)}: ${p.message}`);
  }
  if (showSuppressed && suppressed.length) {
    out.push('', style.bold('Suppressed'));
    for (const s of suppressed) out.push(`  ${style.dim('- ' + s.title)}  ${style.dim(`line ${s.line}`)}: ${s.reason ?? '(no reason given)'}`);
  } else if (suppressed.length) {
    out.push('', style.dim(`${suppressed.length} suppressed (--show-suppressed lists them)`));
  }
  return out.join('\n');
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'compact'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  readonly format: Format;
  readonly failUnder?: number;
  readonly maxWarnings?: number;
  /** Write the report here instead of standard output. */
  readonly output?: string;
  readonly showSuppressed: boolean;
  readonly changedSince: string | undefined;
  readonly baseline: string | undefined;
  readonly writeBaseline: string | undefined;
}

/** Every rule the documents were checked against, each once: the built-in items and anti-patterns, and the packs'. */
function sarifTool(run: CheckRun): SarifTool {
  const items = new Map<string, ChecklistItem>();
  const antiPatterns = new Map<string, AntiPattern>();
  for (const engine of run.checked.length ? run.checked.map((c) => c.engine) : [defaultEngine()]) {
    for (const i of engine.items) if (!items.has(i.id)) items.set(i.id, i);
    for (const a of engine.antiPatterns) if (!antiPatterns.has(a.id)) antiPatterns.set(a.id, a);
  }
  return { version: CLI_VERSION, informationUri: REPOSITORY, items: [...items.values()], antiPatterns: [...antiPatterns.values()] };
}

function render(format: Format, run: CheckRun, shown: readonly (readonly Finding[])[], cwd: string, style: Style, showSuppressed: boolean): string {
  const views: CheckedFile[] = run.checked.map((c, i) => ({ file: c.file, report: shownReport(c.result, shown[i]), findings: shown[i] }));
  switch (format) {
    case 'json':
      return JSON.stringify(run.checked.map((c, i) => checkedJson(c, shown[i])), null, 2);
    case 'sarif':
      return JSON.stringify(toSarif(views, sarifTool(run), cwd), null, 2);
    case 'github':
      return toGithub(views, cwd);
    case 'junit':
      return toJunit(views);
    case 'compact':
      return toCompact(views);
    case 'text':
      return run.checked.map((c, i) => checkedText(c, shown[i], style, showSuppressed)).join('\n\n');
  }
}

/** `check`: reports, then the exit code (1 below a threshold, 2 for configuration problems). */
export function runCheck(files: readonly string[], options: CheckOptions, io: Io, cwd = process.cwd()): number {
  const run = checkFiles(files, io, cwd);
  for (const file of run.skipped) io.err(`${file}: skipped, the configuration file excludes it`);
  for (const c of run.checked) if (c.result.frontMatterProblem) io.err(frontMatterWarning(c.file, c.result.frontMatterProblem));
  let shown = run.checked.map((c) => c.result.findings);
  if (options.changedSince !== undefined) {
    const lines = changedLines(options.changedSince, run.checked.map((c) => c.file), cwd);
    shown = run.checked.map((c, i) => {
      const changed = lines.get(resolve(cwd, c.file));
      return changed === 'all' ? shown[i] : shown[i].filter((f) => changed?.has(f.line));
    });
  }
  const baselineName = (baselineFile: string, c: CheckedDocument): string => relativeTo(dirnameOf(slashes(resolve(cwd, baselineFile))), c.path);
  if (options.baseline !== undefined) {
    const baselineFile = options.baseline;
    const parsed = parseBaseline(baselineFile, readText(baselineFile, io, 'a baseline written by --write-baseline'));
    if (!parsed.ok) throw new UsageError(parsed.message);
    shown = run.checked.map((c, i) => newFindings(parsed.baseline, baselineName(baselineFile, c), shown[i]));
  }
  if (options.writeBaseline !== undefined) {
    const target = options.writeBaseline;
    const baseline = makeBaseline(run.checked.map((c) => ({ file: baselineName(target, c), findings: c.result.findings })));
    try {
      writeFileSync(target, `${JSON.stringify(baseline, null, 2)}\n`);
    } catch (e) {
      throw new UsageError(`${target}: cannot write the baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }

  const rendered = render(options.format, run, shown, cwd, io.color && options.output === undefined ? ansiStyle : plainStyle, options.showSuppressed);
  if (options.output !== undefined) writeReport(options.output, rendered);
  else if (rendered) io.out(rendered);
  if (run.problems.length) {
    io.err(run.problems.join('\n'));
    return 2;
  }
  const below = run.checked.flatMap((c) => {
    const threshold = options.failUnder ?? c.config?.failUnder;
    return threshold !== undefined && c.result.report.score < threshold ? [`${c.file}: score ${c.result.report.score} is below ${options.failUnder === undefined ? `failUnder ${threshold} (${displayPath(slashes(resolve(cwd)), c.config!.file)})` : `--fail-under ${threshold}`}`] : [];
  });
  const failed = [...below];
  const count = shown.reduce((n, findings) => n + findings.length, 0);
  if (options.maxWarnings !== undefined && count > options.maxWarnings) {
    failed.push(`${count} findings (missing items, weak items and anti-patterns) are more than --max-warnings ${options.maxWarnings}`);
  }
  if (failed.length) {
    io.err(failed.join('\n'));
    return 1;
  }
  return 0;
}
