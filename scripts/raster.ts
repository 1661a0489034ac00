// A rasterizer for the small SVG subset our icon is drawn in (rect with rx, circle, line, polyline; flat hex
// colours; round caps and joins), and a PNG encoder and decoder for its output. No browser is needed to render
// the Marketplace icon, and a test can render the SVG again and compare. Anything outside the subset is an error,
// never silently dropped.
import { deflateSync, inflateSync } from 'node:zlib';

export interface Image {
  readonly width: number;
  readonly height: number;
  /** Row-major RGBA, 8 bits a channel, not premultiplied. */
  readonly rgba: Uint8Array;
}

type Rgba = readonly [number, number, number, number];
type Inside = (x: number, y: number) => boolean;
interface Shape {
  readonly paint: Rgba;
  readonly inside: Inside;
}

/** The attributes each element may carry; anything else would be drawn wrong, so it is refused. */
const ALLOWED: Record<string, readonly string[]> = {
  svg: ['xmlns', 'width', 'height', 'viewBox'],
  title: [],
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill'],
  circle: ['cx', 'cy', 'r', 'fill', 'stroke', 'stroke-width'],
  line: ['x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'],
  polyline: ['points', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin'],
};

function colour(value: string | undefined, where: string): Rgba | undefined {
  if (value === undefined || value === 'none') return undefined;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (!m) throw new Error(`${where}: colour "${value}" is not #rrggbb or none`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16), 255];
}

function num(attrs: Map<string, string>, name: string, where: string, fallback?: number): number {
  const raw = attrs.get(name);
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`${where}: missing ${name}`);
  }
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${where}: ${name}="${raw}" is not a number`);
  return n;
}

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A round-capped, round-joined stroke along a list of points. */
function strokeOf(points: readonly (readonly [number, number])[], width: number, attrs: Map<string, string>, where: string): Inside {
  for (const a of ['stroke-linecap', 'stroke-linejoin']) if (attrs.get(a) !== 'round') throw new Error(`${where}: only ${a}="round" is drawn`);
  const half = width / 2;
  return (x, y) => points.some((p, i) => i > 0 && segmentDistance(x, y, points[i - 1][0], points[i - 1][1], p[0], p[1]) <= half);
}

function shapesOf(tag: string, attrs: Map<string, string>, where: string): Shape[] {
  const fill = colour(attrs.get('fill'), where);
  const stroke = colour(attrs.get('stroke'), where);
  const strokeWidth = num(attrs, 'stroke-width', where, 1);
  const shapes: Shape[] = [];
  switch (tag) {
    case 'rect': {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => num(attrs, n, where, n === 'x' || n === 'y' ? 0 : undefined));
      const r = Math.min(num(attrs, 'rx', where, 0), w / 2, h / 2);
      if (fill)
        shapes.push({
          paint: fill,
          inside: (px, py) => {
            if (px < x || px > x + w || py < y || py > y + h) return false;
            const cx = Math.max(x + r, Math.min(x + w - r, px));
            const cy = Math.max(y + r, Math.min(y + h - r, py));
            return Math.hypot(px - cx, py - cy) <= r;
          },
        });
      return shapes;
    }
    case 'circle': {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((n) => num(attrs, n, where));
      if (fill) shapes.push({ paint: fill, inside: (px, py) => Math.hypot(px - cx, py - cy) <= r });
      if (stroke) shapes.push({ paint: stroke, inside: (px, py) => Math.abs(Math.hypot(px - cx, py - cy) - r) <= strokeWidth / 2 });
      return shapes;
    }
    case 'line':
    case 'polyline': {
      if (fill) throw new Error(`${where}: a filled ${tag} is not drawn; use fill="none"`);
      const points: [number, number][] =
        tag === 'line'
          ? [
              [num(attrs, 'x1', where), num(attrs, 'y1', where)],
              [num(attrs, 'x2', where), num(attrs, 'y2', where)],
            ]
          : (attrs.get('points') ?? '')
              .trim()
              .split(/\s+/)
              .map((pair) => {
                const [px, py] = pair.split(',').map(Number);
                if (!Number.isFinite(px) || !Number.isFinite(py)) throw new Error(`${where}: point "${pair}" is not x,y`);
                return [px, py];
              });
      if (stroke) shapes.push({ paint: stroke, inside: strokeOf(points, strokeWidth, attrs, where) });
      return shapes;
    }
    default:
      return shapes;
  }
}

/** Renders the SVG at its own width and height, `samples`² samples a pixel (edges anti-aliased). */
export function renderSvg(svg: string, samples = 4): Image {
  const shapes: Shape[] = [];
  let width = 0;
  let height = 0;
  const body = svg.replace(/<title>[^<]*<\/title>/g, '<title/>');
  const tags = body.split('<').slice(1).map((part) => `<${part.slice(0, part.indexOf('>') + 1)}`);
  for (const tagText of tags) {
    if (tagText.startsWith('</')) continue;
    const m = /^<([a-z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>$/i.exec(tagText);
    if (!m) throw new Error(`cannot read ${tagText}`);
    const tag = m[1];
    const allowed = ALLOWED[tag];
    if (!allowed) throw new Error(`${tagText}: <${tag}> is not drawn by scripts/raster.ts`);
    const attrs = new Map([...m[2].matchAll(/(?<![\w:-])([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]] as const));
    for (const name of attrs.keys()) if (!allowed.includes(name)) throw new Error(`${tagText}: attribute ${name} is not drawn by scripts/raster.ts`);
    if (tag === 'svg') {
      width = num(attrs, 'width', tagText);
      height = num(attrs, 'height', tagText);
      if (attrs.get('viewBox') !== `0 0 ${width} ${height}`) throw new Error(`${tagText}: viewBox must be "0 0 ${width} ${height}"`);
      continue;
    }
    shapes.push(...shapesOf(tag, attrs, tagText));
  }
  if (!width || !height) throw new Error('no <svg width height> element');

  const rgba = new Uint8Array(width * height * 4);
  const step = 1 / samples;
  for (let py = 0; py < height; py++)
    for (let px = 0; px < width; px++) {
      // Premultiplied sums of the samples, then one division: transparent samples add nothing.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) * step;
          const y = py + (sy + 0.5) * step;
          let top: Rgba | undefined;
          for (const s of shapes) if (s.inside(x, y)) top = s.paint;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 1;
          }
        }
      const o = (py * width + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (samples * samples));
    }
  return { width, height, rgba };
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG, each row unfiltered. */
export function encodePng(image: Image): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = image.width * 4;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) raw.set(image.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Reads back a PNG as encodePng writes it (8-bit RGBA, unfiltered rows); anything else is an error. */
export function decodePng(png: Buffer): Image {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('only 8-bit RGBA, non-interlaced PNGs are read');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error(`row ${y} is filtered; only unfiltered rows are read`);
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba };
}
