// The workspace's own rubrics (.design-workbench/rubrics/*.yaml), read with workspace.fs; a broken one is an
// error at its line in the Problems panel and is left out, the rest keep working.
import * as vscode from 'vscode';
import { MEGABYTE, publishFileProblems, readWorkspaceFiles } from '../../shared/vscode/workspace-files';
import { buildRubricCatalog, type RubricCatalog } from '../catalog';
import { RUBRIC_GLOB, type RubricProblem } from '../rubric';

const MAX_RUBRIC_BYTES = MEGABYTE;

export class RubricFiles implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('design-workbench-rubrics');

  /** Built-in rubrics with the workspace's own. */
  async catalog(): Promise<RubricCatalog> {
    const read = await readWorkspaceFiles(RUBRIC_GLOB, (uri) => vscode.workspace.asRelativePath(uri), {
      maxBytes: MAX_RUBRIC_BYTES,
      tooLarge: `larger than ${MAX_RUBRIC_BYTES / MEGABYTE} MB; a rubric is a few KB, so this file is left out`,
      strictUtf8: false,
    });
    const built = buildRubricCatalog(read.files);
    const catalog = { ...built, problems: [...read.problems, ...built.problems] };
    this.publish(catalog.problems, read.uris);
    return catalog;
  }

  private publish(problems: readonly RubricProblem[], byFile: ReadonlyMap<string, vscode.Uri>): void {
    publishFileProblems(this.problems, problems, byFile, 'Rubric: ');
    if (!problems.length) return;
    const first = problems[0];
    const show = vscode.l10n.t('Show');
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Design Workbench: {0}:{1}: {2}{3}. That rubric is left out.', first.file, first.line + 1, first.message, problems.length > 1 ? vscode.l10n.t(' (and {0} more)', problems.length - 1) : ''), show)
      .then((choice) => {
        const uri = byFile.get(first.file);
        if (choice === show && uri) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(first.line, 0, first.line, 0) });
      });
  }

  dispose(): void {
    this.problems.dispose();
  }
}
