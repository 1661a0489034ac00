// The templates' public surface, for the VS Code command and the CLI.
export {
  WORKSPACE_TEMPLATES_DIR,
  buildCatalog,
  builtinTemplates,
  type Catalog,
  type CatalogEntry,
  type TemplateFile,
  type TemplateSource,
} from './catalog';
export {
  formatDate,
  fileNameCandidates,
  freeFileName,
  freeFileNameAsync,
  parseTemplate,
  renderTemplate,
  resolveValues,
  slug,
  validateValue,
  type ParseResult,
  type RenderContext,
  type RenderResult,
  type Template,
  type TemplateError,
  type ValueProblem,
} from './render';
export { type TemplateVariable } from './schema';
export { sectionHeading, sectionPrompts, sectionSkeleton } from './sections';
