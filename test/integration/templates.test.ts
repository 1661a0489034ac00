import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ITEM_IDS } from '../../src/checklist/schema';
import { Commands } from '../../src/shared/ids';
import { readYaml } from '../../src/shared/yaml';
import type { NewDocumentRequest } from '../../src/templates/vscode/commands';
import { sectionHeading } from '../../src/templates';
import { extension, fixture, poll } from './helpers';

const NEW_DOCUMENT = Commands.newDesignDocument;
const TODAY = /^\d{4}-\d{2}-\d{2}$/;

/** Runs the command through its test hook: no prompts, the Uri written (undefined: cancelled). */
function newDocument(request: NewDocumentRequest): Thenable<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_DOCUMENT, request);
}

const decoder = new TextDecoder();
const read = async (uri: vscode.Uri): Promise<string> => decoder.decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const names = async (folder: vscode.Uri): Promise<string[]> => (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
const base = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function removeIfThere(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  } catch {
    // Not there: nothing to clean up.
  }
}

/** The front matter of a rendered document as data. */
function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, `no front matter in:\n${text.slice(0, 200)}`);
  const yaml = readYaml(m[1]);
  assert.ok(yaml.ok, 'front matter is YAML');
  return yaml.data as Record<string, unknown>;
}

describe('New Design Document command', () => {
  // Every document the suite writes goes into this folder, removed at the end.
  const out = fixture('tpl-out');

  before(async () => {
    await extension().activate();
    await vscode.workspace.fs.createDirectory(out);
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
  after(() => removeIfThere(out));

  it('writes the rendered template into the folder and opens it', async () => {
    const uri = await newDocument({ templateId: 'microservices-hld', values: { system: 'Checkout Platform' }, folder: out });
    assert.ok(uri, 'the command returns the Uri it wrote');
    assert.equal(uri.toString(), vscode.Uri.joinPath(out, 'checkout-platform-design.md').toString(), 'the file name is the slug of the system name');
    const text = await read(uri);
    assert.ok(text.startsWith('---\ndesign-workbench: true\ntemplate: microservices-hld\n'), text.slice(0, 120));
    const fm = frontMatter(text);
    assert.equal(fm['design-workbench'], true);
    assert.equal(fm.template, 'microservices-hld');
    assert.match(String(fm.created), TODAY);
    assert.ok(text.includes('# Checkout Platform — high-level design'), 'the system name is rendered into the title');
    assert.ok(!text.includes('{{'), 'no placeholder is left');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new document is the active editor');
  });

  it('never touches an existing file: a free name is used instead', async () => {
    const existing = vscode.Uri.joinPath(out, 'existing-design.md');
    await write(existing, 'My own notes.\n');
    const uri = await newDocument({ templateId: 'microservices-hld', values: { system: 'Existing' }, folder: out, onExists: 'free-name' });
    assert.ok(uri);
    assert.equal(base(uri), 'existing-design-2.md');
    assert.equal(await read(existing), 'My own notes.\n', 'the existing file is unchanged');
    assert.equal(frontMatter(await read(uri)).template, 'microservices-hld');
  });

  it('writes nothing and returns undefined when told to cancel on an existing file', async () => {
    const existing = vscode.Uri.joinPath(out, 'kept-design.md');
    await write(existing, 'Keep me.\n');
    const before = await names(out);
    for (const onExists of ['cancel', undefined] as const) {
      const uri = await newDocument({ templateId: 'microservices-hld', values: { system: 'Kept' }, folder: out, ...(onExists ? { onExists } : {}) });
      assert.equal(uri, undefined, `onExists: ${onExists ?? '(not given)'}`);
    }
    assert.deepEqual(await names(out), before, 'no file was written');
    assert.equal(await read(existing), 'Keep me.\n');
  });

  it('offers the workspace template from .design-workbench/templates', async () => {
    const uri = await newDocument({ templateId: 'team-review', values: { reviewer: 'Alex Kim' }, folder: out });
    assert.ok(uri);
    assert.equal(base(uri), 'orders-platform-review.md', "the template's fileName, filled with the default system name");
    const text = await read(uri);
    const fm = frontMatter(text);
    assert.equal(fm.template, 'team-review');
    assert.equal(fm.reviewer, 'Alex Kim');
    assert.ok(text.includes('# Design review of Orders Platform'));
    const folderName = vscode.workspace.workspaceFolders![0].name;
    assert.ok(text.includes(`in ${folderName}.`), '{{workspace}} is the workspace folder name');
  });

  it('reports an invalid template by file and line, leaves it out, and keeps the others working', async () => {
    const broken = fixture('.design-workbench/templates/broken.md');
    const line = (await read(broken)).split('\n').findIndex((l) => l.includes('{{owner}}')) + 1;
    const before = await names(out);
    await assert.rejects(Promise.resolve(newDocument({ templateId: 'broken-template', folder: out })), (err: Error) => {
      assert.match(err.message, /unknown template 'broken-template'/);
      assert.ok(err.message.includes(`broken.md:${line}:`), `names the file and line ${line}: ${err.message}`);
      assert.match(err.message, /\{\{owner\}\} is not declared/);
      assert.match(err.message, /team-review/, 'lists the templates that can be used');
      return true;
    });
    assert.deepEqual(await names(out), before, 'nothing was written');
    const uri = await newDocument({ templateId: 'saga-design', values: { saga: 'Book trip' }, folder: out });
    assert.ok(uri && base(uri) === 'book-trip-saga.md', 'the other templates still work');
  });

  it('takes an edited file name, adds .md, and refuses one with folders in it', async () => {
    const uri = await newDocument({ templateId: 'adr', values: { title: 'Use Kafka' }, fileName: 'decision log', folder: out });
    assert.ok(uri);
    assert.equal(base(uri), 'decision log.md');
    await assert.rejects(Promise.resolve(newDocument({ templateId: 'adr', fileName: '../escape.md', folder: out })), /without folders/);
  });

  it('refuses invalid values and requests, writing nothing', async () => {
    const before = await names(out);
    await assert.rejects(Promise.resolve(newDocument({ templateId: 'microservices-hld', values: { team_size: 'many' }, folder: out })), /team_size must be a whole number/);
    await assert.rejects(Promise.resolve(newDocument({ templateId: 'adr', values: { colour: 'red' }, folder: out })), /colour is not a variable of template 'adr'/);
    const notARequest = { templateId: 42, folder: 'not a uri' } as unknown as NewDocumentRequest;
    await assert.rejects(Promise.resolve(newDocument(notARequest)), (err: Error) => /templateId/.test(err.message) && /folder: must be a vscode\.Uri/.test(err.message));
    assert.deepEqual(await names(out), before);
  });

  /**
   * Runs the command as the Explorer does (with a folder) and answers every prompt with `key` until it ends:
   * VS Code raises no event when a quick pick or input box opens, so the key is pressed every 50 ms.
   */
  async function interactively(folder: vscode.Uri, key: 'workbench.action.acceptSelectedQuickOpenItem' | 'workbench.action.closeQuickOpen'): Promise<vscode.Uri | undefined> {
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_DOCUMENT, folder)).finally(() => {
      settled = true;
    });
    await poll(async () => {
      if (!settled) await vscode.commands.executeCommand(key);
      return settled;
    }, `the command to end on ${key}`);
    return running;
  }

  it('from the Explorer, Enter on every prompt takes the first template, the defaults and a free name', async () => {
    const folder = vscode.Uri.joinPath(out, 'explorer');
    const existing = vscode.Uri.joinPath(folder, 'checkout-platform-design.md');
    await write(existing, 'Already here.\n');
    const uri = await interactively(folder, 'workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(uri?.toString(), vscode.Uri.joinPath(folder, 'checkout-platform-design-2.md').toString(), '"Use checkout-platform-design-2.md" is offered first');
    const text = await read(uri);
    assert.equal(frontMatter(text).template, 'microservices-hld');
    assert.ok(text.includes('# Checkout Platform — high-level design'), 'the default system name');
    assert.equal(await read(existing), 'Already here.\n');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('Escape in the template picker cancels the whole flow', async () => {
    const before = await names(out);
    assert.equal(await interactively(out, 'workbench.action.closeQuickOpen'), undefined);
    assert.deepEqual(await names(out), before, 'nothing was written');
  });

  describe('settings', () => {
    const config = () => vscode.workspace.getConfiguration('designWorkbench.templates');
    const userTemplates = fixture('tpl-user-templates');
    const dotVscode = fixture('.vscode');
    let hadDotVscode = true;

    before(async () => {
      hadDotVscode = await vscode.workspace.fs.stat(dotVscode).then(() => true, () => false);
      await vscode.workspace.fs.createDirectory(userTemplates);
      await write(
        vscode.Uri.joinPath(userTemplates, 'adr.md'),
        '---\nid: adr\nname: Team ADR\ndescription: Our own decision record.\nvariables:\n  - name: title\n    prompt: The decision\n---\n# Decision: {{title}}\n',
      );
    });
    afterEach(async () => {
      for (const key of ['outputFolder', 'folders']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    });
    after(async () => {
      await removeIfThere(userTemplates);
      if (!hadDotVscode) await removeIfThere(dotVscode);
    });

    it('writes into designWorkbench.templates.outputFolder when no folder is given', async () => {
      await config().update('outputFolder', 'tpl-out/by-setting', vscode.ConfigurationTarget.Workspace);
      const uri = await newDocument({ templateId: 'adr', values: { number: '7', title: 'Use gRPC' } });
      assert.equal(uri?.toString(), vscode.Uri.joinPath(out, 'by-setting', 'adr-7-use-grpc.md').toString());
    });

    it('reads the folders of designWorkbench.templates.folders; a template there replaces the built-in with its id', async () => {
      await config().update('folders', ['tpl-user-templates'], vscode.ConfigurationTarget.Workspace);
      const uri = await newDocument({ templateId: 'adr', values: { title: 'Use Consul' }, folder: out });
      assert.ok(uri);
      const text = await read(uri);
      assert.equal(frontMatter(text).template, 'adr');
      assert.ok(text.includes('# Decision: Use Consul'), "the user's template, not the built-in one");
    });

    it('uses the default for an invalid setting and goes on', async () => {
      await config().update('folders', 42, vscode.ConfigurationTarget.Workspace);
      await config().update('outputFolder', ['not', 'a', 'path'], vscode.ConfigurationTarget.Workspace);
      const uri = await newDocument({ templateId: 'adr', values: { number: '8', title: 'Defaults' } });
      assert.equal(uri?.toString(), fixture('adr-8-defaults.md').toString(), 'written into the workspace folder');
      assert.ok((await read(uri)).includes('# ADR 8: Defaults'), 'the built-in template, since the folders setting is ignored');
      await removeIfThere(uri);
    });
  });
});

describe('Markdown snippets', () => {
  type Snippet = { prefix: string; body: string[]; description: string };
  let snippets: Record<string, Snippet>;

  before(async () => {
    const ext = extension();
    const contributed = (ext.packageJSON.contributes?.snippets ?? []) as { language: string; path: string }[];
    const markdown = contributed.find((s) => s.language === 'markdown');
    assert.ok(markdown, 'package.json contributes Markdown snippets');
    snippets = JSON.parse(await read(vscode.Uri.joinPath(ext.extensionUri, markdown.path))) as Record<string, Snippet>;
  });

  /** Inserts a snippet into a new Markdown editor as VS Code does and returns the text (placeholders at their defaults). */
  async function insert(name: string): Promise<string> {
    const snippet = snippets[name];
    assert.ok(snippet, `snippet '${name}' exists`);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '' }));
    try {
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippet.body.join('\n'))));
      return editor.document.getText();
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }

  function block(text: string, lang: string): Record<string, unknown> {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(text);
    assert.ok(m, `a \`\`\`${lang} block in:\n${text}`);
    const yaml = readYaml(m[1]);
    assert.ok(yaml.ok, `the ${lang} block is YAML`);
    return yaml.data as Record<string, unknown>;
  }

  it('every snippet has a dw- prefix and a description', () => {
    assert.deepEqual(Object.keys(snippets).sort(), ['ADR entry', 'Checklist section', 'Discovery block', 'Saga block']);
    for (const [name, s] of Object.entries(snippets)) {
      assert.match(s.prefix, /^dw-/, name);
      assert.ok(s.description.startsWith('Design Workbench: '), name);
    }
  });

  it('the saga block is YAML with name, style, orchestrator, steps and failAt', async () => {
    const saga = block(await insert('Saga block'), 'saga');
    assert.deepEqual(Object.keys(saga), ['name', 'style', 'orchestrator', 'steps', 'failAt']);
    assert.equal(saga.orchestrator, `${String(saga.name)} orchestrator`, 'the orchestrator follows the name');
    assert.ok(['orchestration', 'choreography'].includes(String(saga.style)));
    const steps = saga.steps as Record<string, unknown>[];
    assert.ok(steps.length >= 2);
    assert.deepEqual(Object.keys(steps[0]), ['service', 'action', 'event', 'compensation']);
    assert.ok(Number.isInteger(saga.failAt) && (saga.failAt as number) >= 1 && (saga.failAt as number) <= steps.length);
  });

  it('the discovery block is YAML with pattern, caller, service and instances', async () => {
    const discovery = block(await insert('Discovery block'), 'discovery');
    assert.deepEqual(Object.keys(discovery), ['pattern', 'caller', 'service', 'instances']);
    assert.ok(['client-side', 'server-side', 'dns', 'service-mesh', 'kubernetes'].includes(String(discovery.pattern)));
    assert.ok(Array.isArray(discovery.instances) && discovery.instances.length > 0);
  });

  it("the checklist section offers exactly the checklist's headings, with a prompt in a comment", async () => {
    const choices = /\$\{1\|([^}]*)\|\}/.exec(snippets['Checklist section'].body[0]);
    assert.ok(choices);
    assert.deepEqual(choices[1].split(','), ITEM_IDS.map((id) => sectionHeading(id)));
    const text = await insert('Checklist section');
    assert.match(text, /^## Service boundaries\n\n<!--\n[\s\S]*\n-->\n/);
  });

  it('the ADR entry has context, options, decision and consequences', async () => {
    const text = await insert('ADR entry');
    assert.match(text, /^## ADR 1: Title of the decision\n/);
    assert.match(text, /Date: \d{4}-\d{2}-\d{2}/);
    for (const heading of ['Context', 'Options', 'Decision', 'Consequences']) assert.match(text, new RegExp(`^### ${heading}$`, 'm'));
  });
});
