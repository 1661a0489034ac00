// The lesson's anti-patterns, each a detector over the design's own sentences.
import { distributedMonolith } from './distributed-monolith';
import { ignoringDataOwnership } from './ignoring-data-ownership';
import { manualDeployments } from './manual-deployments';
import { noApiVersioning } from './no-api-versioning';
import { noCircuitBreakers } from './no-circuit-breakers';
import { sharedDatabase } from './shared-database';
import { synchronousChains } from './synchronous-chains';
import { tooFineGranularity } from './too-fine-granularity';

export const builtinAntiPatterns = [
  distributedMonolith,
  sharedDatabase,
  tooFineGranularity,
  synchronousChains,
  noApiVersioning,
  ignoringDataOwnership,
  noCircuitBreakers,
  manualDeployments,
];
