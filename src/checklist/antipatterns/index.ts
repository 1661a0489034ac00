// The lesson's anti-patterns, then the design smells (issue 15), each a detector over the design's own sentences.
import { crossService2pc } from './cross-service-2pc';
import { deepHealthChecks } from './deep-health-checks';
import { destructiveMigrationRollback } from './destructive-migration-rollback';
import { distributedMonolith } from './distributed-monolith';
import { dualWrite } from './dual-write';
import { exactlyOnceAssumption } from './exactly-once-assumption';
import { ignoringDataOwnership } from './ignoring-data-ownership';
import { manualDeployments } from './manual-deployments';
import { noApiVersioning } from './no-api-versioning';
import { noCircuitBreakers } from './no-circuit-breakers';
import { sharedDatabase } from './shared-database';
import { synchronousChains } from './synchronous-chains';
import { tooFineGranularity } from './too-fine-granularity';
import { unsafeRetries } from './unsafe-retries';

export const builtinAntiPatterns = [
  distributedMonolith,
  sharedDatabase,
  tooFineGranularity,
  synchronousChains,
  noApiVersioning,
  ignoringDataOwnership,
  noCircuitBreakers,
  manualDeployments,
  exactlyOnceAssumption,
  unsafeRetries,
  crossService2pc,
  dualWrite,
  deepHealthChecks,
  destructiveMigrationRollback,
];
