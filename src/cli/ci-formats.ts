// Plain-text formats for CI: GitHub workflow commands, JUnit XML for dashboards, and one line per finding that
// an editor's problem matcher reads.
import type { FindingSeverity } from '../checklist/findings';
import { relativePath, type CheckedFile } from './checklist-format';

const GITHUB_COMMAND: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A workflow command's message, escaped as GitHub's toolkit does. */
export function escapeGithubData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A workflow command's property value: the message escapes, plus ':' and ','. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::warning file=…,line=…,col=…,title=…::message`, one line per finding, paths relative to the current folder. */
export function toGithub(files: readonly CheckedFile[], cwd: string): string {
  const lines: string[] = [];
  for (const { file, findings } of files) {
    const path = escapeGithubProperty(relativePath(file, cwd));
    for (const f of findings) {
      const props = `file=${path},line=${f.line},col=${f.column},title=${escapeGithubProperty(`${f.title} (${f.ruleId})`)}`;
      lines.push(`::${GITHUB_COMMAND[f.severity]} ${props}::${escapeGithubData(`${f.message} See ${f.docs}`)}`);
    }
  }
  return lines.join('\n');
}

const COMPACT_SEVERITY: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

/** `file:line:col: severity id: message`, one line per finding: what the `$design-workbench` problem matcher reads. */
export function toCompact(files: readonly CheckedFile[]): string {
  return files
    .flatMap(({ file, findings }) => findings.map((f) => `${file}:${f.line}:${f.column}: ${COMPACT_SEVERITY[f.severity]} ${f.ruleId}: ${f.message.replace(/\s+/g, ' ')}`))
    .join('\n');
}

/** Text safe inside an XML attribute or element: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** One test suite per file; one test case per item and per anti-pattern found; missing, weak and found fail. */
export function toJunit(files: readonly CheckedFile[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, report, findings } of files) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let skipped = 0;
    const attr = (name: string, value: string | number): string => `${name}="${escapeXml(String(value))}"`;
    const testcase = (name: string, body: string): string => `    <testcase ${attr('classname', file)} ${attr('name', name)}>${body}</testcase>`;
    for (const item of report.items) {
      const finding = findings.find((f) => f.ruleId === item.id && f.kind !== 'antipattern');
      const name = `${item.id}: ${item.title}`;
      if (item.status === 'out-of-scope') {
        skipped++;
        cases.push(testcase(name, `<skipped ${attr('message', item.reason)}/>`));
      } else if (finding) {
        suiteFailures++;
        cases.push(testcase(name, `<failure ${attr('type', finding.kind)} ${attr('message', finding.message)}>${escapeXml(`${file}:${finding.line}: ${finding.message}\n${item.advice}\n${item.docs}`)}</failure>`));
      } else {
        const first = item.evidence[0];
        cases.push(testcase(name, first ? `<system-out>${escapeXml(`line ${first.line}: ${first.text}`)}</system-out>` : ''));
      }
    }
    for (const f of findings.filter((x) => x.kind === 'antipattern')) {
      suiteFailures++;
      cases.push(testcase(`${f.ruleId}: ${f.title} (line ${f.line})`, `<failure type="antipattern" ${attr('message', f.message)}>${escapeXml(`${file}:${f.line}: ${f.evidence}\n${f.docs}`)}</failure>`));
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite ${attr('name', file)} ${attr('tests', cases.length)} ${attr('failures', suiteFailures)} ${attr('errors', 0)} ${attr('skipped', skipped)}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="design-workbench" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>`;
}
