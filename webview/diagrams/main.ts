// The Diagrams view: every saga, discovery and mermaid block of the document the extension sends, drawn with
// the bundled mermaid in the colours of the VS Code theme; zoom and pan, copy, export and "go to source" per
// diagram, and a failure simulation for sagas. User text reaches the page only through textContent; mermaid's
// SVG (sanitised by mermaid at securityLevel 'strict') is the one piece of markup we insert.
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { toView, viewState, type BlockView, type FromView, type ShowMessage, type ToView, type ViewBlock, type ViewState } from '../../src/diagrams/protocol';
import { pngDataUrl, standaloneSvg } from '../shared/export';
import { button, el } from '../shared/dom';
import { connect } from '../shared/host';
import { drawMermaid } from '../shared/mermaid';
import { IDENTITY, PanZoom, type Transform } from '../shared/panzoom';
import { cssVariable, onThemeChange, themeKind } from '../shared/theme';

const PLAY_INTERVAL_MS = 1800;
/** Zoom, pan and stepping are saved this long after the last change: a wheel or a drag is one save, not one per event. */
const SAVE_DELAY_MS = 200;
const KIND_LABEL: Record<ViewBlock['kind'], string> = { saga: 'saga', discovery: 'service discovery', mermaid: 'mermaid' };

type Simulation = NonNullable<ViewBlock['simulation']>;


function toolButton(icon: string, label: string, action: () => void): HTMLElement {
  const b = document.createElement('vscode-toolbar-button');
  b.setAttribute('icon', icon);
  b.setAttribute('label', label);
  b.title = label;
  b.dataset.action = icon;
  b.addEventListener('click', action);
  return b;
}


function setDisabled(b: HTMLElement, disabled: boolean): void {
  b.toggleAttribute('disabled', disabled);
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

class DiagramSection {
  readonly root = el('section', { class: 'diagram' });
  private readonly title = el('h2', { class: 'diagram-title' });
  private readonly badge = document.createElement('vscode-badge');
  private readonly lineLink = el('button', { class: 'link diagram-line' });
  private readonly caption = el('p', { class: 'caption' });
  private readonly viewport = el('div', { class: 'viewport' });
  private readonly stage = el('div', { class: 'stage' });
  private readonly failure = el('div', { class: 'failure' });
  private readonly notes = el('ul', { class: 'notes' });
  /** The diagram in words, for a screen reader and for copying. */
  private readonly words = el('ul', { class: 'description-lines' });
  private readonly description = el('details', { class: 'description' }, el('summary', {}, 'Text description'), this.words);
  private readonly simBar = el('div', { class: 'simulation' });
  private readonly select = document.createElement('vscode-single-select');
  private readonly play: HTMLElement;
  private readonly back: HTMLElement;
  private readonly next: HTMLElement;
  private readonly reset: HTMLElement;
  private readonly counter = el('span', { class: 'counter' });
  private readonly panZoom: PanZoom;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** What the stage shows now: mermaid text and theme, so an unchanged diagram is not drawn again. */
  private drawn = '';
  private selectOptions = '';

  constructor(
    private block: ViewBlock,
    private view: BlockView,
    private readonly app: DiagramApp,
  ) {
    this.root.dataset.kind = block.kind;
    const head = el('div', { class: 'diagram-head' });
    const tools = el('div', { class: 'tools' });
    tools.setAttribute('role', 'toolbar');
    tools.append(
      toolButton('zoom-out', 'Zoom out', () => this.panZoom.zoomOut()),
      toolButton('zoom-in', 'Zoom in', () => this.panZoom.zoomIn()),
      toolButton('screen-normal', 'Reset zoom', () => this.panZoom.reset()),
      toolButton('copy', 'Copy Mermaid source', () => this.app.post({ type: 'source/copy', ...this.app.shown, index: this.block.index })),
      toolButton('file-code', 'Export as SVG…', () => void this.export('svg')),
      toolButton('file-media', 'Export as PNG…', () => void this.export('png')),
      toolButton('go-to-file', 'Go to source', () => this.app.reveal(this.block.line)),
    );
    this.lineLink.addEventListener('click', () => this.app.reveal(this.block.line));
    this.lineLink.title = 'Go to source';
    head.append(this.title, this.badge, this.lineLink, tools);

    this.play = button('Play', () => this.togglePlay(), { icon: 'play' });
    this.back = button('Back', () => this.goTo(this.view.frame - 1), { icon: 'debug-step-back', secondary: true });
    this.next = button('Step', () => this.goTo(this.view.frame + 1), { icon: 'debug-step-over', secondary: true });
    this.reset = button('Reset', () => this.goTo(-1), { icon: 'debug-restart', secondary: true });
    const label = el('label', { class: 'select-label' }, 'Failing step');
    this.select.addEventListener('change', () => this.chooseFailAt());
    // The element names its inner combobox from `label`; an aria-label on the host does not reach it.
    this.select.label = 'Failing step';
    this.simBar.append(label, this.select, this.play, this.back, this.next, this.reset, this.counter);
    this.caption.setAttribute('aria-live', 'polite');

    this.viewport.tabIndex = 0;
    // A focusable region that pans and zooms: a named group, so that its label is read.
    this.viewport.setAttribute('role', 'group');
    this.viewport.append(this.stage);
    this.panZoom = new PanZoom(this.viewport, this.stage, { zoom: view.zoom, x: view.x, y: view.y }, (t) => this.saveTransform(t));
    this.root.append(head, this.simBar, this.caption, this.viewport, this.failure, this.notes, this.description);
    this.update(block, view);
  }

  get key(): string {
    return blockKey(this.block);
  }

  update(block: ViewBlock, view: BlockView): void {
    if (view.failAt !== this.view.failAt || view.frame !== this.view.frame) this.stop();
    this.block = block;
    this.view = view;
    this.panZoom.restore(view);
    this.title.textContent = block.title;
    this.badge.textContent = KIND_LABEL[block.kind];
    this.lineLink.textContent = `line ${block.line}`;
    this.viewport.setAttribute('aria-label', `${block.title}: drag to pan, Ctrl and the mouse wheel to zoom, or + - 0 and the arrow keys`);
    const sim = this.simulation();
    this.simBar.hidden = !sim;
    if (sim) this.fillSelect(sim);
    else this.stop();
    this.showNotes();
    this.showDescription();
    this.refreshControls();
  }

  private showDescription(): void {
    const lines = this.block.description ?? [];
    this.words.replaceChildren(...lines.map((line) => el('li', {}, line)));
    this.description.hidden = lines.length === 0;
  }

  private simulation(): Simulation | undefined {
    return this.block.mermaid !== undefined ? this.block.simulation : undefined;
  }

  private run(): Simulation['runs'][number] | undefined {
    const sim = this.simulation();
    return sim?.runs.find((r) => r.failAt === this.view.failAt) ?? sim?.runs[0];
  }

  private fillSelect(sim: Simulation): void {
    if (this.view.failAt !== null && this.view.failAt > sim.steps.length) this.view = { ...this.view, failAt: sim.failAt, frame: -1 };
    const signature = JSON.stringify(sim.steps);
    if (signature !== this.selectOptions) {
      this.selectOptions = signature;
      this.select.replaceChildren();
      const none = document.createElement('vscode-option');
      none.setAttribute('value', '');
      none.textContent = 'No failure';
      this.select.append(none);
      sim.steps.forEach((label, i) => {
        const o = document.createElement('vscode-option');
        o.setAttribute('value', String(i + 1));
        o.textContent = label;
        this.select.append(o);
      });
    }
    const value = this.view.failAt === null ? '' : String(this.view.failAt);
    // The options are light-DOM children the element reads when it updates: set the value once it has them.
    void customElements.whenDefined('vscode-single-select').then(() => {
      if (this.select.value !== value) this.select.value = value;
    });
  }

  /** The mermaid text on the stage now: the current frame, or the whole run when not stepping. */
  private text(): string | undefined {
    const run = this.run();
    if (!run) return this.block.mermaid;
    const frame = this.view.frame >= 0 ? run.frames[Math.min(this.view.frame, run.frames.length - 1)] : run.frames[run.frames.length - 1];
    return frame.mermaid;
  }

  private refreshControls(): void {
    const run = this.run();
    this.root.dataset.phase = '';
    if (!run) {
      this.caption.hidden = true;
      return;
    }
    const last = run.frames.length - 1;
    const frame = this.view.frame >= 0 ? run.frames[Math.min(this.view.frame, last)] : undefined;
    this.caption.hidden = false;
    this.caption.textContent = frame ? frame.caption : 'Choose a failing step, then Play or Step through the saga.';
    this.root.dataset.phase = frame?.phase ?? '';
    this.counter.textContent = frame ? `Frame ${this.view.frame + 1} of ${run.frames.length}` : '';
    setDisabled(this.back, this.view.frame < 0);
    setDisabled(this.next, this.view.frame >= last);
    setDisabled(this.reset, this.view.frame < 0 && !this.timer);
    const noMotion = reducedMotion.matches;
    setDisabled(this.play, noMotion);
    this.play.title = noMotion ? 'Auto-play is off because the system asks for reduced motion: use Step.' : '';
    this.play.textContent = this.timer ? 'Pause' : 'Play';
    this.play.setAttribute('icon', this.timer ? 'debug-pause' : 'play');
  }

  private setView(view: BlockView): void {
    this.view = view;
    // A step, a failing step or a reset is one deliberate change: saved at once.
    this.app.saveView(this.key, view, true);
    this.refreshControls();
    void this.draw(() => true);
  }

  private goTo(frame: number): void {
    const run = this.run();
    if (!run) return;
    if (frame < 0) this.stop();
    this.setView({ ...this.view, frame: Math.max(-1, Math.min(frame, run.frames.length - 1)) });
  }

  private chooseFailAt(): void {
    const value = this.select.value;
    const failAt = value === '' ? null : Number(value);
    if (failAt === this.view.failAt) return;
    this.stop();
    this.setView({ ...this.view, failAt, frame: -1 });
  }

  private togglePlay(): void {
    if (this.timer) {
      this.stop();
      this.refreshControls();
      return;
    }
    if (reducedMotion.matches) return;
    const run = this.run();
    if (!run) return;
    if (this.view.frame >= run.frames.length - 1) this.setView({ ...this.view, frame: -1 });
    this.timer = setInterval(() => {
      const r = this.run();
      if (!r || this.view.frame >= r.frames.length - 1) {
        this.stop();
        this.refreshControls();
        return;
      }
      this.goTo(this.view.frame + 1);
    }, PLAY_INTERVAL_MS);
    this.goTo(this.view.frame + 1);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private saveTransform(t: Transform): void {
    this.view = { ...this.view, zoom: t.zoom, x: t.x, y: t.y };
    this.app.saveView(this.key, this.view);
  }

  /** Warnings under a drawn diagram; every problem in place of one that cannot be drawn. */
  private showNotes(): void {
    const drawable = this.block.mermaid !== undefined;
    this.notes.replaceChildren(...(drawable ? this.block.problems.map((p) => this.problemItem(p)) : []));
    this.notes.hidden = !drawable || this.block.problems.length === 0;
  }

  private problemItem(p: ViewBlock['problems'][number]): HTMLLIElement {
    const li = el('li', { class: `problem ${p.severity}` });
    const link = el('button', { class: 'link' }, `Line ${p.line}`);
    link.addEventListener('click', () => this.app.reveal(p.line));
    li.append(link, document.createTextNode(`: ${p.message}`));
    return li;
  }

  private showFailure(heading: string, problems: readonly { line: number; message: string; severity: 'error' | 'warning' }[]): void {
    this.root.dataset.state = 'error';
    this.viewport.hidden = true;
    this.failure.hidden = false;
    const list = el('ul');
    list.append(...problems.map((p) => this.problemItem(p)));
    this.failure.replaceChildren(el('p', { class: 'failure-heading' }, heading), list);
    this.failure.setAttribute('role', 'alert');
  }

  /** Draws the current text unless it is on the stage already; `isCurrent` turns false when a newer render started. */
  async draw(isCurrent: () => boolean): Promise<void> {
    const text = this.text();
    if (text === undefined) {
      this.drawn = '';
      this.showFailure(`This ${KIND_LABEL[this.block.kind]} block cannot be drawn:`, this.block.problems);
      return;
    }
    const kind = themeKind();
    const key = `${kind}\n${text}`;
    if (key === this.drawn && this.root.dataset.state === 'drawn') return;
    this.root.dataset.state = 'drawing';
    const start = performance.now();
    const result = await drawMermaid(text, kind);
    // One timing per drawing, read by the webview bench (test/browser/diagrams.mjs --bench).
    performance.measure(`dw-draw:${this.block.kind}`, { start });
    if (!isCurrent() || this.text() !== text) return;
    if ('error' in result) {
      this.drawn = '';
      // For a ```mermaid block the error's line is a line of the block; generated text has no line of its own.
      const line = this.block.kind === 'mermaid' && result.line !== undefined ? this.block.contentLine + result.line - 1 : this.block.line;
      this.showFailure('Mermaid could not draw this diagram:', [{ line, message: result.error, severity: 'error' }]);
      return;
    }
    this.stage.innerHTML = result.svg;
    this.drawn = key;
    this.failure.hidden = true;
    this.failure.removeAttribute('role');
    this.viewport.hidden = false;
    this.root.dataset.state = 'drawn';
  }

  private async export(format: 'svg' | 'png'): Promise<void> {
    const svg = this.stage.querySelector('svg');
    if (!svg || this.root.dataset.state !== 'drawn') return;
    // What is drawn now: a newer version may arrive while the PNG is made.
    const about = { ...this.app.shown, index: this.block.index };
    const background = cssVariable('--vscode-editor-background');
    const image = standaloneSvg(svg, background);
    const data = format === 'svg' ? image.markup : await pngDataUrl(image, background);
    this.app.post({ type: 'diagram/export', ...about, image: format === 'svg' ? { format, data } : { format, data } });
  }
}

function blockKey(block: ViewBlock): string {
  return `${block.kind}:${block.index}`;
}

function defaultView(block: ViewBlock): BlockView {
  return { ...IDENTITY, failAt: block.simulation?.failAt ?? null, frame: -1 };
}

class DiagramApp {
  private readonly host = connect<ToView, FromView, ViewState>(toView, viewState, (m) => this.receive(m));
  private state: ViewState;
  /** In document order. */
  private sections = new Map<string, DiagramSection>();
  private readonly list = document.getElementById('diagrams') as HTMLElement;
  private readonly heading = document.getElementById('document') as HTMLElement;
  private readonly summary = document.getElementById('summary') as HTMLElement;
  private readonly empty = document.getElementById('empty') as HTMLElement;
  private generation = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.state = this.host.savedState() ?? { views: {} };
    // A change still waiting to be saved is saved before the page goes away (hidden panel, reload).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.saveNow();
    });
    window.addEventListener('pagehide', () => this.saveNow());
    // Shown again after being hidden, or restored after a reload: draw what we had while the extension answers.
    if (this.state.show) this.show(this.state.show);
    onThemeChange(() => void this.drawAll());
    reducedMotion.addEventListener('change', () => {
      if (this.state.show) this.show(this.state.show);
    });
    this.post({ type: 'view/ready' });
  }

  get uri(): string {
    return this.state.show?.document.uri ?? '';
  }

  /** The document and version the view shows, for the messages about one of its blocks. */
  get shown(): { uri: string; version: number } {
    return { uri: this.uri, version: this.state.show?.document.version ?? 0 };
  }

  post(message: FromView): void {
    this.host.post(message);
  }

  reveal(line: number): void {
    this.post({ type: 'source/reveal', uri: this.uri, line });
  }

  /**
   * Keeps a diagram's view, and saves the state at once (`now`) or at most once per SAVE_DELAY_MS for a stream
   * of changes (wheel zoom, drag): the delayed save writes the state as it is by then, so the last change is kept,
   * and a stream that never pauses is still saved.
   */
  saveView(key: string, view: BlockView, now = false): void {
    this.state = { ...this.state, views: { ...this.state.views, [key]: view } };
    if (now) this.saveNow();
    else this.saveTimer ??= setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  /** Saves the state as it is now (a pending delayed save is then not needed). */
  private saveNow(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.host.saveState(this.state);
  }

  private receive(message: ToView): void {
    switch (message.type) {
      case 'diagrams/show':
        if (message.document.uri !== this.state.show?.document.uri) this.state = { views: {} };
        this.show(message);
        break;
      case 'diagrams/clear':
        this.clear(message.reason);
        break;
    }
  }

  private clear(reason: string): void {
    this.generation++;
    for (const s of this.sections.values()) s.stop();
    this.sections.clear();
    this.list.replaceChildren();
    this.heading.textContent = 'Diagrams';
    this.summary.textContent = '';
    this.empty.textContent = reason;
    this.empty.hidden = false;
    this.state = { views: {} };
    this.saveNow();
    document.body.dataset.ready = 'true';
  }

  private show(message: ShowMessage): void {
    this.state = { ...this.state, show: message };
    this.saveNow();
    this.heading.textContent = message.document.name;
    const n = message.blocks.length;
    this.summary.textContent = n === 0 ? '' : `${n} diagram${n === 1 ? '' : 's'}`;
    this.empty.hidden = n > 0;
    this.empty.textContent = n > 0 ? '' : 'This document has no ```saga, ```discovery or ```mermaid blocks yet.';
    const next = new Map<string, DiagramSection>();
    for (const block of message.blocks) {
      const key = blockKey(block);
      const view = this.state.views[key] ?? defaultView(block);
      let section = this.sections.get(key);
      if (section) section.update(block, view);
      else section = new DiagramSection(block, view, this);
      next.set(key, section);
    }
    for (const [key, section] of this.sections) if (!next.has(key)) section.stop();
    this.sections = next;
    this.list.replaceChildren(...[...next.values()].map((s) => s.root));
    void this.drawAll();
  }

  /** Draws every diagram in document order; a newer call makes the older one stop. */
  private async drawAll(): Promise<void> {
    const generation = ++this.generation;
    const isCurrent = () => generation === this.generation;
    document.body.dataset.ready = 'false';
    for (const section of [...this.sections.values()]) {
      if (!isCurrent()) return;
      await section.draw(isCurrent);
    }
    if (!isCurrent()) return;
    document.body.dataset.ready = 'true';
    const shown = this.state.show;
    if (!shown) return;
    const states = [...this.sections.values()].map((s) => s.root.dataset.state);
    this.post({ type: 'view/drawn', uri: shown.document.uri, version: shown.document.version, drawn: states.filter((s) => s === 'drawn').length, failed: states.filter((s) => s === 'error').length });
  }
}

new DiagramApp();
