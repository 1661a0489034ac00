// The shapes practice sessions take from the scoring module: its result types, and the part of a rubric
// (a challenge in the catalog) that practice reads. A built-in or user rubric is a ChallengeInfo as it is.
export type { CriterionScore, EvidenceLine, PitfallFound, ScoreResult } from '../scoring/types';

/** What practice needs of a challenge in the catalog (a subset of the scoring module's rubric). */
export interface ChallengeInfo {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: string;
  readonly level: 'junior' | 'mid' | 'senior';
  /** Checklist item ids the challenge asks about; undefined: all of them. */
  readonly examines?: readonly string[];
  readonly criteria: readonly {
    readonly id: string;
    readonly title: string;
    readonly question: string;
    readonly points: number;
    /** Checklist item ids. */
    readonly topics: readonly string[];
  }[];
}
