// What activation sets up for the diagrams, with none of their code: the panel's serializer, the Markdown preview plugin, and a watch for documents with saga or discovery specs. The
// feature itself (panel, diagnostics, the core) loads the first time one of these needs it.
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { BUILTIN_MERMAID_EXTENSION, Views } from '../../shared/ids';
import type * as DiagramsModule from './index';
import type { DiagramFeature, DrawReport } from './index';
import { isDiagramDocument, mayHaveSpecs } from '../documents';
import { previewDiagrams } from '../markdown';

export class DiagramsHost implements vscode.Disposable {
  private feature: DiagramFeature | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Listens for the first document with specs; gone once the feature is loaded. */
  private watch: vscode.Disposable | undefined;
  private readonly drawn = new vscode.EventEmitter<DrawReport>();
  private readonly checked = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the Diagrams view has drawn a version of its document (relayed from the feature). */
  readonly onDidDraw = this.drawn.event;
  /** Fires when a document's diagram problems were published (relayed from the feature). */
  readonly onDidCheck = this.checked.event;

  /** `module` loads the feature (the lazy bundle). */
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly module: () => Pick<typeof DiagramsModule, 'DiagramFeature' | 'diagramsOf'>,
  ) {
    this.disposables.push(
      this.drawn,
      this.checked,
      vscode.window.registerWebviewPanelSerializer(Views.diagrams, {
        deserializeWebviewPanel: async (panel, state: unknown) => this.load().revive(panel, state),
      }),
    );
    const wake = (d: vscode.TextDocument) => {
      if (this.feature || !isDiagramDocument(d.languageId, d.fileName)) return;
      if (mayHaveSpecs(d.languageId, d.fileName, d.getText())) this.load();
    };
    this.watch = vscode.Disposable.from(
      vscode.workspace.onDidOpenTextDocument(wake),
      vscode.workspace.onDidChangeTextDocument((e) => wake(e.document)),
    );
    // Documents open before activation are looked at after it, so that activation itself stays small.
    const timer = setTimeout(() => vscode.workspace.textDocuments.forEach(wake), 0);
    this.disposables.push({ dispose: () => clearTimeout(timer) });
  }

  /** The feature, loading it now if needed (its diagnostics start with it). */
  load(): DiagramFeature {
    if (!this.feature) {
      const feature = new (this.module().DiagramFeature)(this.extensionUri);
      this.feature = feature;
      this.watch?.dispose();
      this.watch = undefined;
      this.disposables.push(feature.onDidDraw((r) => this.drawn.fire(r)), feature.diagnostics.onDidCheck((u) => this.checked.fire(u)));
    }
    return this.feature;
  }

  /** The feature if something has loaded it. */
  get current(): DiagramFeature | undefined {
    return this.feature;
  }

  /** `extendMarkdownIt`: saga and discovery fences in VS Code's Markdown preview. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt {
    previewDiagrams(md, {
      diagramsOf: () => this.module().diagramsOf,
      nativeMermaid: () => vscode.extensions.getExtension(BUILTIN_MERMAID_EXTENSION) !== undefined,
    });
    return md;
  }

  dispose(): void {
    this.watch?.dispose();
    this.feature?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
