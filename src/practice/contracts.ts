// The shapes practice sessions take from the scoring module, copied until it lands on main; at
// the merge these become re-exports of src/scoring/types.ts and the challenge catalog's types.

export interface EvidenceLine {
  /** 0-based line in the answer. */
  readonly line: number;
  readonly text: string;
  readonly concept: string;
  readonly fact?: string;
  readonly strength: 'full' | 'partial';
}

export interface PitfallFound {
  readonly id: string;
  readonly title: string;
  /** 0-based line in the answer. */
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
  readonly missing: readonly string[];
  readonly pitfalls: readonly PitfallFound[];
  readonly feedback: string;
  /** Checklist item ids. */
  readonly topics: readonly string[];
  readonly modelAnswer: readonly string[];
}

export interface ScoreResult {
  readonly challenge: string;
  readonly title: string;
  /** 0-100. */
  readonly total: number;
  readonly criteria: readonly CriterionScore[];
  readonly next: readonly string[];
  readonly words: number;
}

/** What practice needs of a challenge in the catalog (a subset of the scoring module's rubric). */
export interface ChallengeInfo {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: string;
  readonly level: 'junior' | 'mid' | 'senior';
  readonly criteria: readonly {
    readonly id: string;
    readonly title: string;
    readonly question: string;
    readonly points: number;
    /** Checklist item ids. */
    readonly topics: readonly string[];
  }[];
}
