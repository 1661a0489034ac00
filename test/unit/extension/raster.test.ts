import * as assert from 'node:assert/strict';
import { decodePng, encodePng, renderSvg } from '../../../scripts/raster';

const svg = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8" viewBox="0 0 8 8">${body}</svg>`;
const pixel = (img: { width: number; rgba: Uint8Array }, x: number, y: number): number[] => [...img.rgba.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)];

describe('the icon rasterizer (scripts/raster.ts)', () => {
  it('paints shapes in order, the later on top, and leaves the rest transparent', () => {
    const img = renderSvg(svg('<rect x="0" y="0" width="4" height="8" fill="#ff0000"/><circle cx="4" cy="4" r="2" fill="#0000ff"/>'));
    assert.deepEqual(pixel(img, 0, 0), [255, 0, 0, 255]);
    assert.deepEqual(pixel(img, 4, 4), [0, 0, 255, 255]);
    assert.deepEqual(pixel(img, 7, 0), [0, 0, 0, 0]);
  });

  it('anti-aliases an edge that crosses a pixel', () => {
    const img = renderSvg(svg('<rect x="0" y="0" width="2.5" height="8" fill="#ffffff"/>'));
    assert.deepEqual(pixel(img, 2, 3), [255, 255, 255, 128]);
  });

  it('rounds a rect corner by rx and strokes a polyline with round caps', () => {
    const img = renderSvg(svg('<rect x="0" y="0" width="8" height="8" rx="4" fill="#00ff00"/>'));
    assert.equal(pixel(img, 0, 0)[3], 0);
    assert.equal(pixel(img, 4, 4)[3], 255);
    const line = renderSvg(svg('<polyline points="2,2 6,2" fill="none" stroke="#000000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>'));
    assert.equal(pixel(line, 1, 1)[3] > 0, true, 'the round cap reaches past the end point');
    assert.equal(pixel(line, 4, 5)[3], 0);
  });

  it('refuses what it would draw wrong instead of leaving it out', () => {
    assert.throws(() => renderSvg(svg('<path d="M0 0h8"/>')), /<path> is not drawn/);
    assert.throws(() => renderSvg(svg('<rect x="0" y="0" width="8" height="8" transform="rotate(4)" fill="#000000"/>')), /attribute transform/);
    assert.throws(() => renderSvg(svg('<rect x="0" y="0" width="8" height="8" fill="red"/>')), /#rrggbb/);
    assert.throws(() => renderSvg(svg('<line x1="0" y1="0" x2="8" y2="8" stroke="#000000" stroke-width="1" stroke-linecap="butt" stroke-linejoin="round"/>')), /round/);
  });

  it('writes a PNG that reads back to the same pixels', () => {
    const img = renderSvg(svg('<circle cx="4" cy="4" r="3" fill="#123456" stroke="#abcdef" stroke-width="1"/>'));
    const png = encodePng(img);
    assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
    const back = decodePng(png);
    assert.deepEqual([back.width, back.height], [8, 8]);
    assert.ok(Buffer.from(back.rgba).equals(Buffer.from(img.rgba)));
  });
});
