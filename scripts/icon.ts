// `npm run icon`: renders the Marketplace icon, media/icon.png (128×128), from media/icon.svg.
import { readFileSync, writeFileSync } from 'node:fs';
import { encodePng, renderSvg } from './raster';

export const ICON_SVG = 'media/icon.svg';
export const ICON_PNG = 'media/icon.png';

if (require.main === module) {
  writeFileSync(ICON_PNG, encodePng(renderSvg(readFileSync(ICON_SVG, 'utf8'))));
  console.log(`wrote ${ICON_PNG} from ${ICON_SVG}`);
}
