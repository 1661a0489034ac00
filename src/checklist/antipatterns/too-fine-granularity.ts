import { TOO_MANY_SERVICES } from '../granularity';
import { docsUrl, type AntiPattern } from '../schema';

export const tooFineGranularity: AntiPattern = {
  id: 'too-fine-granularity',
  title: 'Too-fine granularity',
  problem: 'Far more services than the team can own: every feature crosses several services, and the team spends its time on the plumbing between them.',
  advice: 'Merge services that always change together and right-size boundaries to the team: a few services per team, not a service per table or function.',
  decides: 'service-boundaries',
  keywords: ['service', 'svc', 'nano', 'engineer', 'developer', 'people', 'person', 'team', 'devs', 'of us', 'programmer'],
  docs: docsUrl('too-fine-granularity'),
  detector: {
    kind: 'granularity',
    servicesPerEngineer: TOO_MANY_SERVICES.perEngineer,
    minServices: TOO_MANY_SERVICES.atLeast,
    patterns: [
      { re: '\\bone (micro)?service (per|for each|for every) (database )?(table|entity|endpoint|function|crud operation|operation|class|field|use case)\\b' },
      { re: '\\b(each|every) (table|entity|endpoint|function|crud operation|use case) (gets|has|becomes|is) (its own|a) (micro)?service\\b' },
      { re: '\\bnano-?services?\\b' },
      { re: '(micro)?services?\\b[^.;]{0,40}\\bone (service |microservice )?(per|for each|for every) (noun|table|entity|endpoint|function|class|field|database table)\\b' },
    ],
  },
};
