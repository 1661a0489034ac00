// The workspace's own rubrics (.design-workbench/rubrics/*.yaml), read with workspace.fs; a broken one is an
// error at its line in the Problems panel and is left out, the rest keep working.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import { buildRubricCatalog, type RubricCatalog } from '../catalog';
import { RUBRIC_GLOB, type RubricProblem } from '../rubric';

const MAX_RUBRIC_BYTES = 1024 * 1024;

export class RubricFiles implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('design-workbench-rubrics');

  /** Built-in rubrics with the workspace's own. */
  async catalog(): Promise<RubricCatalog> {
    const uris = await vscode.workspace.findFiles(RUBRIC_GLOB, undefined, 200);
    const files: { file: string; text: string }[] = [];
    const tooLarge: RubricProblem[] = [];
    const byFile = new Map<string, vscode.Uri>();
    for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const file = vscode.workspace.asRelativePath(uri);
      byFile.set(file, uri);
      if (bytes.length > MAX_RUBRIC_BYTES) {
        tooLarge.push({ file, line: 0, message: `larger than ${MAX_RUBRIC_BYTES / 1024 / 1024} MB; a rubric is a few KB, so this file is left out` });
        continue;
      }
      files.push({ file, text: new TextDecoder().decode(bytes) });
    }
    const built = buildRubricCatalog(files);
    const catalog = { ...built, problems: [...tooLarge, ...built.problems] };
    this.publish(catalog.problems, byFile);
    return catalog;
  }

  private publish(problems: readonly RubricProblem[], byFile: ReadonlyMap<string, vscode.Uri>): void {
    this.problems.clear();
    const grouped = new Map<string, vscode.Diagnostic[]>();
    for (const p of problems) {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, 1000), `Rubric: ${p.message}`, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      grouped.set(p.file, [...(grouped.get(p.file) ?? []), d]);
    }
    for (const [file, list] of grouped) {
      const uri = byFile.get(file);
      if (uri) this.problems.set(uri, list);
    }
    if (!problems.length) return;
    const first = problems[0];
    void vscode.window
      .showWarningMessage(`Design Workbench: ${first.file}:${first.line + 1}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. That rubric is left out.`, 'Show')
      .then((choice) => {
        const uri = byFile.get(first.file);
        if (choice === 'Show' && uri) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(first.line, 0, first.line, 0) });
      });
  }

  dispose(): void {
    this.problems.dispose();
  }
}
