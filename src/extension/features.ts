// Everything activation does not need, loaded on first use (from dist/web/extension.js in the Node build),
// so that zod, js-yaml, markdown-it and the cores ship once: the checklist engine and its content, the template
// flow, the scorer and its view, the diagrams feature, and mock interviews.
export * as checklist from '../checklist/bundle';
export { TemplateCommands } from '../templates/vscode/commands';
export { ScoringCommands } from '../scoring/vscode/commands';
export { DiagramFeature, diagramsOf } from '../diagrams/vscode/index';
export { PracticeHost } from '../practice/vscode/index';
