// The rubric format, shared by the built-in challenges and user rubrics (.design-workbench/rubrics/*.yaml).
// Pure: no `vscode`. The JSON schema in schemas/rubric.schema.json is generated from these schemas.
import * as z from 'zod/mini';
import { ITEM_IDS } from '../checklist/ids';

/** Descriptions for the generated JSON schema, kept out of zod's global registry. */
export const rubricDocs = z.registry<{ description: string }>();
function doc<T extends z.core.$ZodType>(schema: T, description: string): T {
  rubricDocs.add(schema, { description });
  return schema;
}

export const RUBRIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z.string().check(z.regex(RUBRIC_ID, `${what} must be kebab-case: lower-case letters and digits joined by '-', e.g. 'shared-data'`));

const line = () =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.refine((s) => !/[\r\n]/.test(s), 'must be a single line'),
  );
const text = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** A phrase is matched on stemmed words, so "deploys" meets "deployment"; `*` stands for any one word. */
const phrases = (description: string) =>
  doc(
    z.array(line().check(z.refine((p) => /[A-Za-z0-9]/.test(p), 'must contain at least one word'))).check(z.minLength(1, 'needs at least one phrase')),
    description,
  );

/** A value a concept is set to, read from the numbers of the sentence that names it. */
export const settingSchema = z.strictObject({
  id: doc(id('a setting id'), 'Kebab-case, unique within its concept.'),
  title: doc(line(), 'The wrong setting, in a few words (e.g. "a timeout longer than the page can wait").'),
  measure: doc(z.enum(['duration', 'count', 'percent']), 'What is read: a duration ("300 ms", "a 60-second timeout"), a count ("five retries", "retry twice") or a percentage.'),
  near: z.optional(phrases('The value must stand within four words of one of these (default: the concept’s own phrases).')),
  min: z.optional(doc(z.number(), 'The least right value (durations in milliseconds).')),
  max: z.optional(doc(z.number(), 'The greatest right value (durations in milliseconds).')),
  penalty: doc(z._default(z.number().check(z.minimum(0), z.maximum(25, 'must be at most 25')), 0), 'Points taken off when the answer proposes a wrong value; the concept earns nothing from that sentence either way.'),
  feedback: doc(text(), 'What the right setting is, and why.'),
});

/** Two steps whose order matters: "reserve before charge". */
export const orderSchema = z.strictObject({
  id: doc(id('an order id'), 'Kebab-case, unique within its criterion.'),
  title: doc(line(), 'The wrong order, in a few words (e.g. "charges before reserving").'),
  first: phrases('Phrasings of the step that must come first.'),
  then: phrases('Phrasings of the step that must come after it.'),
  penalty: doc(z.number().check(z.positive('must be above 0'), z.maximum(25, 'must be at most 25')), 'Points taken off when the answer puts them the wrong way round.'),
  feedback: doc(text(), 'Why the order matters.'),
});

export const conceptSchema = z.strictObject({
  id: doc(id('a concept id'), 'Kebab-case, unique within its criterion.'),
  title: doc(line(), 'What the concept is, as shown in "missing" lists.'),
  weight: doc(z._default(z.number().check(z.positive('must be above 0'), z.maximum(10, 'must be at most 10')), 1), 'Relative weight within the criterion (default 1).'),
  phrases: phrases('Phrasings and synonyms that express the concept; any one of them in a sentence earns it.'),
  with: z.optional(
    phrases('When present, the sentence must also contain one of these (e.g. "recommendation" with "first" or "extract").'),
  ),
  feedback: doc(text(), 'Advice shown when the answer lacks this concept.'),
  settings: z.optional(doc(z.array(settingSchema), 'Right and wrong values of the concept: a sentence that sets it wrongly earns nothing and may cost points.')),
});

export const factSchema = z.strictObject({
  id: doc(id('a fact id'), 'Kebab-case, unique within the rubric.'),
  title: doc(line(), 'The scenario fact, in a few words.'),
  phrases: phrases('Ways an answer refers to the fact.'),
});

export const pitfallSchema = z.strictObject({
  id: doc(id('a pitfall id'), 'Kebab-case, unique within its criterion.'),
  title: doc(line(), 'The mistake, in a few words (e.g. "one shared database for all services").'),
  phrases: z.optional(phrases('Phrasings that advocate the mistake; matched only when not negated.')),
  negates: z.optional(
    phrases('Phrasings of a good practice; rejecting one of them ("we would not give each service its own database") is the mistake.'),
  ),
  proposed: z.optional(
    doc(z.boolean(), 'When true, `phrases` count only in a sentence that proposes them in the writer’s voice ("we will keep…", "set…"), not in one that recounts the incident.'),
  ),
  penalty: doc(z.number().check(z.positive('must be above 0'), z.maximum(25, 'must be at most 25')), 'Points taken off when the pitfall is found.'),
  feedback: doc(text(), 'Why it is a mistake, and what to do instead.'),
});

export const criterionSchema = z.strictObject({
  id: doc(id('a criterion id'), 'Kebab-case, unique within the rubric.'),
  title: doc(line(), 'Shown as the criterion heading.'),
  points: doc(z.number().check(z.int('must be a whole number'), z.positive('must be above 0'), z.maximum(100, 'must be at most 100')), 'Maximum points.'),
  question: doc(line(), 'The question this criterion grades.'),
  headings: z.optional(phrases('Words of the answer headings that hold this criterion (e.g. "shared data", "data").')),
  topics: doc(z._default(z.array(z.enum(ITEM_IDS)), []), 'Checklist items this criterion exercises; progress tracking groups criteria by them.'),
  concepts: doc(z.array(conceptSchema).check(z.minLength(1, 'needs at least one concept')), 'What earns the points.'),
  facts: doc(z._default(z.array(id('a fact id')), []), 'Ids of the scenario facts that a strong answer ties this criterion to.'),
  pitfalls: doc(z._default(z.array(pitfallSchema), []), 'Mistakes that cost points.'),
  orders: z.optional(doc(z.array(orderSchema), 'Steps an answer must put in this order; the wrong order is a pitfall.')),
  modelAnswer: doc(z.array(text()).check(z.minLength(1, 'needs at least one point')), 'The points a strong answer makes, shown after scoring.'),
});

export const rubricSchema = z.strictObject({
  id: doc(id('the challenge id'), 'Kebab-case; a user rubric with a built-in id replaces the built-in one.'),
  examines: z.optional(
    doc(
      z.array(z.enum(ITEM_IDS)).check(
        z.minLength(1, 'needs at least one checklist item id'),
        z.refine((ids) => new Set(ids).size === ids.length, 'must not name an item twice'),
      ),
      'Checklist items the challenge asks about. A mock interview marks the others out of scope in its document, so coverage counts only these (default: every item).',
    ),
  ),
  title: doc(line(), 'The challenge, in a few words.'),
  summary: doc(line(), 'One line shown in the challenge list.'),
  scenario: doc(text(), 'The challenge as the interviewer states it, with its concrete facts.'),
  level: doc(z._default(z.enum(['junior', 'mid', 'senior']), 'mid'), 'The level the challenge suits.'),
  facts: doc(z._default(z.array(factSchema), []), 'Facts of the scenario a strong answer ties its reasons to.'),
  criteria: doc(z.array(criterionSchema).check(z.minLength(1, 'needs at least one criterion')), 'The graded criteria; their points should sum to 100.'),
});

export type RubricInput = z.input<typeof rubricSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type Criterion = Rubric['criteria'][number];
export type Concept = Criterion['concepts'][number];
export type Pitfall = Criterion['pitfalls'][number];
export type Fact = Rubric['facts'][number];
export type Setting = NonNullable<Concept['settings']>[number];
export type Order = NonNullable<Criterion['orders']>[number];
