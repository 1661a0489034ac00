// The built-in templates, in the order they are offered.
import { adr } from './adr';
import { explainIt } from './explain-it';
import { microservicesHld } from './microservices-hld';
import { migrationPlan } from './migration-plan';
import { sagaDesign } from './saga-design';
import { serviceDiscovery } from './service-discovery';

export interface TemplateText {
  /** Where the text comes from, for messages ("built-in/saga-design.md" for built-ins). */
  readonly file: string;
  readonly text: string;
}

export const builtinTemplateTexts: readonly TemplateText[] = [
  { file: 'built-in/microservices-hld.md', text: microservicesHld },
  { file: 'built-in/saga-design.md', text: sagaDesign },
  { file: 'built-in/service-discovery.md', text: serviceDiscovery },
  { file: 'built-in/migration-plan.md', text: migrationPlan },
  { file: 'built-in/adr.md', text: adr },
  { file: 'built-in/explain-it.md', text: explainIt },
];
