// The shape of a template's front matter, for built-in and user templates alike. Pure: no `vscode`.
import * as z from 'zod/mini';
import { regexSource } from '../shared/zod';

/** Placeholders every template may use without declaring them. */
export const BUILTIN_VARIABLES = ['date', 'workspace'] as const;
/** Front-matter keys every rendered document gets; a template may not set them itself. */
export const RESERVED_OUTPUT_KEYS = ['design-workbench', 'template', 'created'] as const;

export const TEMPLATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Descriptions for the generated JSON schema, kept out of zod's global registry. */
export const docs = z.registry<{ description: string }>();
function doc<T extends z.core.$ZodType>(schema: T, description: string): T {
  docs.add(schema, { description });
  return schema;
}

const singleLine = () =>
  z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.refine((s) => !/[\r\n]/.test(s), 'must be a single line'),
);

/** YAML reads `default: 8` as a number; a template author means the text "8". */
const scalarText = () =>
  z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((v) => String(v)),
);

export const variableSchema = z.strictObject({
  name: doc(z.string().check(
    z.regex(VARIABLE_NAME, 'must be an identifier: a letter or _ followed by letters, digits or _'),
    z.refine((n) => !(BUILTIN_VARIABLES as readonly string[]).includes(n), `is a built-in placeholder (${BUILTIN_VARIABLES.join(', ')}); choose another name`),
    z.refine((n) => n !== '__proto__', 'is reserved; choose another name'),
  ), 'Used as {{name}} in the body.'),
  prompt: doc(singleLine(), 'The question shown to the user.'),
  default: z.optional(doc(scalarText(), 'The value offered first and used when none is given.')),
  pattern: z.optional(doc(regexSource(), 'A JavaScript regular expression the value must match; anchor it with ^ and $ to match the whole value.')),
  message: z.optional(doc(singleLine(), 'Shown when the value does not match the pattern.')),
  required: doc(z._default(z.boolean(), true), 'A required variable needs a value (its default counts). Default: true.'),
});
export type TemplateVariable = z.infer<typeof variableSchema>;

export const templateFrontMatterSchema = z.strictObject({
  id: doc(
    z.string().check(z.regex(TEMPLATE_ID, "must be kebab-case: lower-case letters and digits joined by '-', e.g. 'saga-design'")),
    "Kebab-case; a user template with a built-in template's id replaces it.",
  ),
  name: doc(singleLine(), 'The name shown when picking a template.'),
  description: doc(singleLine(), 'One line shown beside the name.'),
  variables: doc(z._default(z.array(variableSchema), []), 'The values asked for when the template is used.'),
  frontMatter: z.optional(
    doc(z.record(
      z.string().check(
        z.regex(OUTPUT_KEY, 'front-matter keys must start with a letter and hold only letters, digits, _ and -'),
        z.refine((k) => !(RESERVED_OUTPUT_KEYS as readonly string[]).includes(k), `is written by Design Workbench itself (${RESERVED_OUTPUT_KEYS.join(', ')})`),
      ),
      scalarText(),
    ), 'Extra front matter for the new document; values may hold placeholders, and empty values are left out.'),
  ),
  fileName: z.optional(doc(singleLine(), 'The suggested file name without .md; each placeholder is replaced by a slug of its value.')),
});
export type TemplateFrontMatter = z.infer<typeof templateFrontMatterSchema>;
