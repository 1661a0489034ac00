// The ids of the built-in checklist items and anti-patterns, named once. No zod here: code that
// runs at activation imports these without building any schema.
export const ITEM_IDS = [
  'service-boundaries',
  'communication',
  'data-management',
  'service-discovery',
  'api-gateway',
  'load-balancing',
  'fault-tolerance',
  'deployment',
  'monitoring',
  'security',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

/** The lesson's anti-patterns: the wrong shapes of a microservices system. */
export const LESSON_ANTIPATTERN_IDS = [
  'distributed-monolith',
  'shared-database',
  'too-fine-granularity',
  'synchronous-chains',
  'no-api-versioning',
  'ignoring-data-ownership',
  'no-circuit-breakers',
  'manual-deployments',
] as const;

/**
 * Design smells: a decision that covers its topic and is dangerous (issue 15). Found, reported and switched off
 * exactly like the anti-patterns; kept apart only so that the evaluation can measure each kind on its own.
 */
export const SMELL_IDS = [
  'exactly-once-assumption',
  'unsafe-retries',
  'cross-service-2pc',
  'dual-write',
  'deep-health-checks',
  'destructive-migration-rollback',
] as const;
export type SmellId = (typeof SMELL_IDS)[number];

/** Every finding the engine reports under `antipatterns`: the lesson's anti-patterns, then the design smells. */
export const ANTIPATTERN_IDS = [...LESSON_ANTIPATTERN_IDS, ...SMELL_IDS] as const;
export type AntiPatternId = (typeof ANTIPATTERN_IDS)[number];

/** The workspace configuration file's names, looked for in each folder in this order. */
export const CONFIG_NAMES = ['.design-workbench.yaml', '.design-workbench.yml', '.design-workbench.jsonc'] as const;

/** The id under which a suppression comment's problem (no reason, unknown directive) is reported. */
export const SUPPRESSION_RULE = 'suppression';

/** The code under which invalid front matter is reported. */
export const FRONT_MATTER_RULE = 'front-matter';
