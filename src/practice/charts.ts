// SVG charts for the progress dashboard, drawn offline as strings. Colours come from the theme:
// shapes carry `currentColor` and classes that `CHART_CSS` maps to VS Code's chart colours, series
// differ by dash pattern as well as colour, every text is escaped, and each chart has a title and
// a description for screen readers. Pure: no DOM.
import { formatDay } from './format';

export interface LinePoint {
  readonly x: number;
  readonly y: number;
  /** Shown on hover and read by screen readers; defaults to the x value's date. */
  readonly label?: string;
}

export interface LineSeries {
  readonly name: string;
  readonly points: readonly LinePoint[];
}

export interface LineChartOptions {
  /** Prefix of the element ids, unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly LineSeries[];
  readonly yMax?: number;
  readonly yUnit?: string;
  /** x labels; default: the local date of x as ms since the epoch. */
  readonly xFormat?: (x: number) => string;
  readonly width?: number;
  readonly height?: number;
}

export interface BarGroup {
  readonly label: string;
  readonly values: readonly { readonly name: string; readonly value: number }[];
}

export interface BarChartOptions {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly groups: readonly BarGroup[];
  readonly max?: number;
  readonly unit?: string;
  readonly width?: number;
}

/** The chart colours: VS Code's chart palette, falling back to the text colour outside VS Code. */
export const CHART_CSS = `
.dw-chart { color: var(--vscode-foreground, currentColor); font-family: var(--vscode-font-family, sans-serif); font-size: 12px; }
.dw-chart .dw-grid { stroke: var(--vscode-charts-lines, currentColor); opacity: 0.35; }
.dw-chart .dw-axis { fill: var(--vscode-descriptionForeground, currentColor); }
.dw-chart .dw-s0 { color: var(--vscode-charts-blue, currentColor); }
.dw-chart .dw-s1 { color: var(--vscode-charts-orange, currentColor); }
.dw-chart .dw-s2 { color: var(--vscode-charts-green, currentColor); }
.dw-chart .dw-s3 { color: var(--vscode-charts-purple, currentColor); }
.dw-chart .dw-s4 { color: var(--vscode-charts-red, currentColor); }
.dw-chart .dw-s5 { color: var(--vscode-charts-yellow, currentColor); }
`.trim();

const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2'];
const PALETTE = 6;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Element ids: letters, digits and hyphens. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-');
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

function open(id: string, title: string, description: string, width: number, height: number): string[] {
  const sid = safeId(id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dw-chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${sid}-title ${sid}-desc">`,
    `<title id="${sid}-title">${escapeXml(title)}</title>`,
    `<desc id="${sid}-desc">${escapeXml(description)}</desc>`,
  ];
}

/** The legend, wrapped onto more rows where it would pass `right`; `rows` says how many it took. */
function legend(names: readonly string[], x: number, y: number, kind: 'line' | 'bar', right = Infinity): { parts: string[]; rows: number } {
  let at = x;
  let row = 0;
  const parts = names.map((name, i) => {
    const cls = `dw-s${i % PALETTE}`;
    const width = (kind === 'line' ? 30 : 22) + name.length * 7;
    if (at > x && at + width - 8 > right) {
      at = x;
      row++;
    }
    const ry = y + row * LEGEND_ROW;
    const swatch =
      kind === 'line'
        ? `<line x1="${at}" y1="${ry - 4}" x2="${at + 18}" y2="${ry - 4}" stroke="currentColor" stroke-width="2"${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/>`
        : `<rect x="${at}" y="${ry - 9}" width="10" height="10" fill="currentColor"/>`;
    const item = `<g class="${cls}">${swatch}<text x="${at + (kind === 'line' ? 22 : 14)}" y="${ry}" fill="currentColor">${escapeXml(name)}</text></g>`;
    at += width;
    return item;
  });
  return { parts, rows: row + 1 };
}

const LEGEND_ROW = 16;
/** Room between two date labels on the x axis: one and a half labels, as the first is anchored at its start. */
const X_LABEL = 104;

export function lineChart(o: LineChartOptions): string {
  const width = o.width ?? 640;
  const height = o.height ?? 260;
  const yMax = o.yMax ?? 100;
  const unit = o.yUnit ?? '';
  const xFormat = o.xFormat ?? ((x: number) => formatDay(x));
  const out = open(o.id, o.title, o.description, width, height);
  const xs = [...new Set(o.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  if (!xs.length) {
    out.push(`<text class="dw-axis" x="${width / 2}" y="${height / 2}" text-anchor="middle">No sessions yet</text>`, '</svg>');
    return out.join('');
  }
  const left = 40;
  const right = width - 16;
  const key = o.series.length > 1 ? legend(o.series.map((s) => s.name), left, 16, 'line', right) : { parts: [], rows: 0 };
  const top = 28 + Math.max(0, key.rows - 1) * LEGEND_ROW;
  const bottom = height - 28;
  const xOf = (x: number): number => (xs.length === 1 || xs[0] === xs[xs.length - 1] ? (left + right) / 2 : left + ((x - xs[0]) / (xs[xs.length - 1] - xs[0])) * (right - left));
  const yOf = (y: number): number => bottom - (Math.min(Math.max(y, 0), yMax) / yMax) * (bottom - top);

  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    out.push(`<line class="dw-grid" x1="${left}" x2="${right}" y1="${num(yOf(v))}" y2="${num(yOf(v))}" stroke="currentColor"/>`);
    out.push(`<text class="dw-axis" x="${left - 6}" y="${num(yOf(v) + 4)}" text-anchor="end" fill="currentColor">${escapeXml(num(v) + unit)}</text>`);
  }
  const picked = xs.length <= 5 ? xs : [0, 1, 2, 3, 4].map((k) => xs[Math.round((k * (xs.length - 1)) / 4)]);
  // Dates close together would print over each other: keep a label only with room around it, always the last.
  const ticks: number[] = [];
  for (const x of new Set(picked)) {
    if (ticks.length && xOf(x) - xOf(ticks[ticks.length - 1]) < X_LABEL) {
      if (x !== xs[xs.length - 1] || ticks.length === 1) continue;
      ticks.pop(); // the latest date wins over the one before it
    }
    ticks.push(x);
  }
  for (const x of ticks) {
    // The outer labels grow inwards, so that they are not cut at the edges.
    const anchor = xs.length === 1 ? 'middle' : x === xs[0] ? 'start' : x === xs[xs.length - 1] ? 'end' : 'middle';
    out.push(`<text class="dw-axis" x="${num(xOf(x))}" y="${height - 8}" text-anchor="${anchor}" fill="currentColor">${escapeXml(xFormat(x))}</text>`);
  }
  o.series.forEach((s, i) => {
    if (!s.points.length) return;
    const pts = [...s.points].sort((a, b) => a.x - b.x);
    const dash = DASHES[i % DASHES.length];
    out.push(`<g class="dw-series dw-s${i % PALETTE}">`);
    out.push(`<polyline fill="none" stroke="currentColor" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${pts.map((p) => `${num(xOf(p.x))},${num(yOf(p.y))}`).join(' ')}"/>`);
    for (const p of pts) {
      const label = `${s.name}, ${p.label ?? xFormat(p.x)}: ${num(p.y)}${unit}`;
      out.push(`<circle cx="${num(xOf(p.x))}" cy="${num(yOf(p.y))}" r="3" fill="currentColor"><title>${escapeXml(label)}</title></circle>`);
    }
    out.push('</g>');
  });
  out.push(...key.parts);
  out.push('</svg>');
  return out.join('');
}

/** Horizontal grouped bars: one row per group, one bar per value. */
export function barChart(o: BarChartOptions): string {
  const width = o.width ?? 640;
  const names = [...new Set(o.groups.flatMap((g) => g.values.map((v) => v.name)))];
  const bar = 12;
  const rowHeight = names.length * (bar + 2) + 14;
  const top = 28;
  const height = top + Math.max(1, o.groups.length) * rowHeight + 8;
  const out = open(o.id, o.title, o.description, width, height);
  if (!o.groups.length) {
    out.push(`<text class="dw-axis" x="${width / 2}" y="${height / 2}" text-anchor="middle">No sessions yet</text>`, '</svg>');
    return out.join('');
  }
  const unit = o.unit ?? '';
  const max = o.max ?? Math.max(1, ...o.groups.flatMap((g) => g.values.map((v) => v.value)));
  const labelWidth = 170;
  const right = width - 56;
  const wOf = (v: number): number => (Math.min(Math.max(v, 0), max) / max) * (right - labelWidth);
  o.groups.forEach((g, gi) => {
    const y0 = top + gi * rowHeight;
    out.push(`<text class="dw-axis" x="${labelWidth - 8}" y="${y0 + (names.length * (bar + 2)) / 2 + 4}" text-anchor="end" fill="currentColor">${escapeXml(g.label)}</text>`);
    g.values.forEach((v) => {
      const si = names.indexOf(v.name);
      const y = y0 + si * (bar + 2);
      const text = `${g.label}, ${v.name}: ${num(v.value)}${unit}`;
      out.push(
        `<g class="dw-s${si % PALETTE}"><rect x="${labelWidth}" y="${y}" width="${num(wOf(v.value))}" height="${bar}" fill="currentColor"${si % 2 ? ' fill-opacity="0.55"' : ''}><title>${escapeXml(text)}</title></rect>`,
        `<text x="${num(labelWidth + wOf(v.value) + 4)}" y="${y + bar - 2}" fill="currentColor">${escapeXml(num(v.value) + unit)}</text></g>`,
      );
    });
  });
  out.push(...legend(names, labelWidth, 16, 'bar').parts);
  out.push('</svg>');
  return out.join('');
}
