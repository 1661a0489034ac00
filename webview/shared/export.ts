// A drawn SVG as a file: standalone SVG markup with its size and a background, or a PNG rasterised here
// through a canvas from that markup (an <img> of a data: URL, which the page's CSP allows).

export interface StandaloneSvg {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** The drawing's own size: its viewBox, else its box on screen. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const r = svg.getBoundingClientRect();
  return { width: Math.max(1, r.width), height: Math.max(1, r.height) };
}

/** `svg` as a file of its own: explicit size, no page styles, `background` behind it. */
export function standaloneSvg(svg: SVGSVGElement, background: string): StandaloneSvg {
  const { width, height } = sizeOf(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  copy.removeAttribute('style');
  if (background) copy.style.backgroundColor = background;
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { markup, width: Math.ceil(width), height: Math.ceil(height) };
}

/** A PNG of `image` at `scale` times its size, on `background`, as a data URL. */
export async function pngDataUrl(image: StandaloneSvg, background: string, scale = 2): Promise<string> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.markup)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.width * scale));
  canvas.height = Math.max(1, Math.round(image.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this webview cannot draw on a canvas');
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
