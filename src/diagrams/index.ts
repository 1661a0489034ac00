// The diagrams core: saga and service-discovery specs in Markdown, drawn as Mermaid text. No `vscode` here.
export type {
  DiagramBlock,
  DiagramKind,
  DiagramProblem,
  DiscoveryPattern,
  DiscoverySpec,
  SagaSpec,
  SagaStep,
  SagaStyle,
  SimulationFrame,
} from './types';
export { diagramsOf } from './blocks';
export { sagaMermaid, simulateSaga, failStepOf } from './saga';
export { discoveryMermaid } from './discovery';
