// The public shapes of the diagrams core, shared by the CLI, the preview and the failure simulation.

export type DiagramKind = 'saga' | 'discovery' | 'mermaid';

export interface DiagramProblem {
  /** 0-based document line. */
  readonly line: number;
  readonly endLine?: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly code: string;
}

export interface SagaStep {
  readonly service: string;
  readonly action: string;
  /** Choreography: the event the step publishes when its local transaction commits. */
  readonly event?: string;
  /** The action that undoes the step when a later step fails. */
  readonly compensation?: string;
  /** The go/no-go step: once it commits, the saga runs to the end. */
  readonly pivot?: boolean;
  /** The step is retried until it succeeds; after the pivot it needs no compensation, before it a later step can still fail. */
  readonly retryable?: boolean;
}

export type SagaStyle = 'choreography' | 'orchestration';

export interface SagaSpec {
  readonly name: string;
  readonly style: SagaStyle;
  readonly orchestrator?: string;
  /** Choreography: the display name of the message broker. */
  readonly broker?: string;
  readonly steps: readonly SagaStep[];
  /** The step that fails in the drawn failure path: 1-based number or service name. */
  readonly failAt?: number | string;
}

export type DiscoveryPattern = 'client-side' | 'server-side' | 'dns' | 'service-mesh' | 'kubernetes';

export interface DiscoverySpec {
  readonly pattern: DiscoveryPattern;
  readonly caller: string;
  readonly service: string;
  /** Instance addresses, e.g. 10.0.0.5:8080. */
  readonly instances: readonly string[];
  readonly registry?: string;
  readonly loadBalancer?: string;
  readonly dns?: string;
  readonly mesh?: string;
}

export interface DiagramBlock {
  readonly kind: DiagramKind;
  /** Position among the document's diagram blocks. */
  readonly index: number;
  /** 0-based line of the opening fence (0 for standalone YAML files). */
  readonly line: number;
  /** 0-based line of the first content line. */
  readonly contentLine: number;
  /** 0-based last line of the block (the closing fence). */
  readonly endLine: number;
  /** The saga name, e.g. "Service discovery: client-side", "Mermaid diagram 2". */
  readonly title: string;
  /** The block's text. */
  readonly source: string;
  /** Mermaid text; undefined when the spec has errors. */
  readonly mermaid?: string;
  /** The diagram in words (a saga's steps and compensations in order, a discovery flow), for a screen reader and for copying. */
  readonly description?: readonly string[];
  readonly problems: readonly DiagramProblem[];
  /** The parsed saga, for the simulation. */
  readonly saga?: SagaSpec;
  /** The parsed discovery setup. */
  readonly discovery?: DiscoverySpec;
}

export interface SimulationFrame {
  readonly index: number;
  /** 1-based step the frame is about; undefined for the closing frame. */
  readonly step?: number;
  readonly phase: 'forward' | 'failure' | 'compensation' | 'done';
  readonly caption: string;
  readonly mermaid: string;
}
