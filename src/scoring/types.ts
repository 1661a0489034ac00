// What scoring an answer returns. Pure data: the CLI prints it, the result view draws it, practice sessions keep it.

export interface EvidenceLine {
  /** 1-based line in the answer, as editors and the checklist report show it. */
  readonly line: number;
  readonly text: string;
  /** Title of the concept the sentence earned. */
  readonly concept: string;
  /** The sentence ties its point to a scenario fact (named). */
  readonly fact?: string;
  /** Full credit: reasoned or tied to the scenario; partial: a bare mention, a hedge or a list of terms. */
  readonly strength: 'full' | 'partial';
}

export interface PitfallFound {
  readonly id: string;
  readonly title: string;
  /** 1-based. */
  readonly line: number;
  readonly text: string;
  readonly penalty: number;
  readonly feedback: string;
}

export interface CriterionScore {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly score: number;
  readonly max: number;
  readonly evidence: readonly EvidenceLine[];
  /** Titles of the concepts the answer did not earn. */
  readonly missing: readonly string[];
  readonly pitfalls: readonly PitfallFound[];
  /** Plain-words advice: what to add or change. */
  readonly feedback: string;
  readonly topics: readonly string[];
  readonly modelAnswer: readonly string[];
}

export interface ScoreResult {
  readonly challenge: string;
  readonly title: string;
  /** 0-100, the criteria's points scaled to 100. */
  readonly total: number;
  readonly criteria: readonly CriterionScore[];
  /** The three most valuable things to do next, most valuable first. */
  readonly next: readonly string[];
  /** Words in the answer (prose only, comments and front matter excluded). */
  readonly words: number;
}
