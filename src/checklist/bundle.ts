// The checklist core the extension loads on first use: engine, content, packs, configuration and the parser. In the
// Node build it is a bundle of its own (dist/checklist-core.js), so activation reads none of it.
export { ChecklistEngine } from './engine';
export { builtinItems } from './items';
export { builtinAntiPatterns } from './antipatterns';
export { loadPacks, PACK_GLOB } from './packs';
export { parseDocument } from '../shared/document';
export { checkDocument, engineWithPacks, knownIds } from './check';
export { documentConfig, includes, loadConfig, unknownIds } from './config';
