// The checklist core the extension loads on first use: engine, content, packs and the parser. In the
// Node build it is a bundle of its own (dist/checklist-core.js), so activation reads none of it.
export { ChecklistEngine } from './checklist/engine';
export { builtinItems } from './checklist/items';
export { builtinAntiPatterns } from './checklist/antipatterns';
export { loadPacks, PACK_GLOB } from './checklist/packs';
export { parseDocument } from './shared/document';
