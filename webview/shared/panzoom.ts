// Zoom and pan of one drawing: drag to pan, Ctrl/Cmd + wheel to zoom at the pointer, the wheel alone pans a
// zoomed drawing (and scrolls the page otherwise), and the keyboard on the focused viewport (+ - 0, arrows).
// The stage moves by a CSS transform set through the CSSOM, which the page's CSP allows.

export interface Transform {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: Transform = { zoom: 1, x: 0, y: 0 };
const MIN_ZOOM = 0.2;
const MAX_ZOOM = 8;
const STEP = 1.25;
const KEY_PAN = 40;

const clamp = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

/** `t` zoomed by `factor` about the point `at` (viewport coordinates): that point stays where it is. */
export function zoomAbout(t: Transform, factor: number, at: { x: number; y: number }): Transform {
  const zoom = clamp(t.zoom * factor);
  const k = zoom / t.zoom;
  return { zoom, x: at.x - (at.x - t.x) * k, y: at.y - (at.y - t.y) * k };
}

export class PanZoom {
  private t: Transform;
  private drag: { id: number; x: number; y: number; from: Transform } | undefined;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly stage: HTMLElement,
    initial: Transform,
    private readonly changed: (t: Transform) => void,
  ) {
    this.t = initial;
    this.apply();
    viewport.addEventListener('pointerdown', (e) => this.down(e));
    viewport.addEventListener('pointermove', (e) => this.move(e));
    viewport.addEventListener('pointerup', (e) => this.up(e));
    viewport.addEventListener('pointercancel', (e) => this.up(e));
    viewport.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    viewport.addEventListener('keydown', (e) => this.key(e));
  }

  get transform(): Transform {
    return this.t;
  }

  set(t: Transform): void {
    this.restore(t);
    this.changed(this.t);
  }

  /** Shows `t` without reporting it (it comes from saved state). */
  restore(t: Transform): void {
    this.t = { zoom: clamp(t.zoom), x: t.x, y: t.y };
    this.apply();
  }

  zoomIn(): void {
    this.set(zoomAbout(this.t, STEP, this.centre()));
  }

  zoomOut(): void {
    this.set(zoomAbout(this.t, 1 / STEP, this.centre()));
  }

  reset(): void {
    this.set(IDENTITY);
  }

  private centre(): { x: number; y: number } {
    return { x: this.viewport.clientWidth / 2, y: this.viewport.clientHeight / 2 };
  }

  private apply(): void {
    const { zoom, x, y } = this.t;
    this.stage.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
    this.viewport.classList.toggle('zoomed', zoom !== 1 || x !== 0 || y !== 0);
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, from: this.t };
    this.viewport.setPointerCapture(e.pointerId);
    this.viewport.classList.add('dragging');
  }

  private move(e: PointerEvent): void {
    if (!this.drag || e.pointerId !== this.drag.id) return;
    const { from } = this.drag;
    this.t = { zoom: from.zoom, x: from.x + e.clientX - this.drag.x, y: from.y + e.clientY - this.drag.y };
    this.apply();
  }

  private up(e: PointerEvent): void {
    if (!this.drag || e.pointerId !== this.drag.id) return;
    this.drag = undefined;
    this.viewport.classList.remove('dragging');
    this.changed(this.t);
  }

  private wheel(e: WheelEvent): void {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const r = this.viewport.getBoundingClientRect();
      this.set(zoomAbout(this.t, Math.exp(-e.deltaY / 300), { x: e.clientX - r.left, y: e.clientY - r.top }));
    } else if (this.t.zoom > 1) {
      e.preventDefault();
      this.set({ zoom: this.t.zoom, x: this.t.x - e.deltaX, y: this.t.y - e.deltaY });
    }
  }

  private key(e: KeyboardEvent): void {
    const pan = (dx: number, dy: number) => this.set({ zoom: this.t.zoom, x: this.t.x + dx, y: this.t.y + dy });
    const actions: Record<string, () => void> = {
      '+': () => this.zoomIn(),
      '=': () => this.zoomIn(),
      '-': () => this.zoomOut(),
      '0': () => this.reset(),
      ArrowLeft: () => pan(KEY_PAN, 0),
      ArrowRight: () => pan(-KEY_PAN, 0),
      ArrowUp: () => pan(0, KEY_PAN),
      ArrowDown: () => pan(0, -KEY_PAN),
    };
    const action = actions[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  }
}
