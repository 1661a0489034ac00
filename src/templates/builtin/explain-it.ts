// Built-in template: an answer to the lesson's explain-it challenge, one section per question.
// The challenge is paraphrased inside a comment so that neither the checklist nor the scorer counts it.
import { AUTHOR_VARIABLE } from './names';

export const explainIt = `---
id: explain-it
name: Explain-it answer
description: An answer to the explain-it challenge (migrating an e-commerce monolith), one section per question, ready for scoring.
fileName: '{{challenge}}-answer'
variables:
  - name: challenge
    prompt: Id of the challenge (its rubric scores the answer)
    default: ecommerce-migration
    pattern: ^[a-z0-9]+(-[a-z0-9]+)*$
    message: must be a challenge id in kebab-case, e.g. ecommerce-migration
${AUTHOR_VARIABLE}frontMatter:
  challenge: '{{challenge}}'
  author: '{{author}}'
---
# Explain it: from an e-commerce monolith to microservices

<!--
The challenge, in short: your company's e-commerce application is a monolith that 50 developers work on. A deployment
takes 4 hours, a bug in the recommendation engine took payments down last week, and the ML team wants to work in
Python while the core is written in Java. The CTO asks you to plan the move to microservices. Explain:
1. how you would identify the service boundaries;
2. what you would extract first, and why;
3. how you would handle the data that the modules share today;
4. what infrastructure you would put in place before the migration.
Answer as in an interview: a decision for each question and the reason for it, tied to the facts above.
These comments are prompts: replace them with your answer.
-->

## Service boundaries

<!--
- How do you find the boundaries: business capabilities, bounded contexts, the data each part owns, the teams?
- Which facts of the scenario argue for a boundary (what failed together last week, which team needs a different language)?
- How many services suit 50 developers, and how do you avoid cutting them too fine?
-->

## What to extract first, and why

<!--
- Which capability comes out first? Weigh the facts: what caused the outage, who wants another stack, what is most critical to protect, what is easiest to separate.
- Why that one before the others: the value it delivers against the risk it carries?
- How does traffic move to it without a big-bang switch, and what happens when it is down?
-->

## Shared data

<!--
- Who becomes the single owner of each piece of data that modules share today? How do the others get it?
- How do you split the shared database step by step, and keep data in sync while the split is under way?
- Which operations that were one database transaction now span services, and how do they stay consistent?
-->

## Infrastructure first

<!--
- What must exist before the first service goes live: how it is built and deployed, how you see what it is doing, how requests reach it, how one failure is contained?
- Which of these directly answers the 4-hour deployments and last week's outage?
-->
`;
