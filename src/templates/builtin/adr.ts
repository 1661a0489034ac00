// Built-in template: an architecture decision record.
import { AUTHOR_VARIABLE } from './names';

export const adr = `---
id: adr
name: Architecture decision record
description: One decision with its context, the options weighed, the choice and its consequences.
fileName: 'adr-{{number}}-{{title}}'
variables:
  - name: number
    prompt: Number of this record
    default: '1'
    pattern: ^\\d+$
    message: must be a whole number, e.g. 7
  - name: title
    prompt: The decision in a few words (for example Use Kubernetes Services for service discovery)
    default: Title of the decision
  - name: status
    prompt: Status (proposed, accepted, superseded or deprecated)
    default: proposed
    pattern: ^(proposed|accepted|superseded|deprecated)$
    message: must be proposed, accepted, superseded or deprecated
${AUTHOR_VARIABLE}frontMatter:
  adr: '{{number}}'
  status: '{{status}}'
  author: '{{author}}'
---
# ADR {{number}}: {{title}}

<!--
One decision per record, kept short. Once accepted, a record is not rewritten: a later record supersedes it.
Update the status in the front matter as the decision moves on. These comments are prompts: replace them with your answers.
-->

## Context

<!--
- What forces are at play: the problem, the requirements and the constraints (load, team size, deadlines, compliance)?
- Why does this need deciding now?
-->

## Options

<!--
- Two to four realistic options, including the simplest one or doing nothing.
- For each: how it would work here, its pros and cons, and what it costs to build and run.
-->

## Decision

<!--
- The option chosen, in a sentence or two ("We will ...").
- Why it beats the others on the forces described in the context.
-->

## Consequences

<!--
- What becomes easier, and what becomes harder or riskier.
- The follow-up work, and what would make you revisit this decision.
-->
`;
