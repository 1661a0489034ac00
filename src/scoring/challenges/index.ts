// The built-in challenges, in the order the challenge list shows them: the lesson's own challenge first, then
// the lesson's topics in the order it teaches them.
import type { RubricInput } from '../schema';
import { apiGatewaySecurity } from './api-gateway-security';
import { cascadingFailureResilience } from './cascading-failure-resilience';
import { chooseServiceDiscovery } from './choose-service-discovery';
import { ecommerceMigration } from './ecommerce-migration';
import { latencyIncidentObservability } from './latency-incident-observability';
import { moneyTransfer2pcVsSaga } from './money-transfer-2pc-vs-saga';
import { riskyReleaseDeployment } from './risky-release-deployment';
import { stayModularMonolith } from './stay-modular-monolith';
import { travelBookingSaga } from './travel-booking-saga';

export const BUILTIN_RUBRICS: readonly RubricInput[] = [
  ecommerceMigration,
  stayModularMonolith,
  chooseServiceDiscovery,
  cascadingFailureResilience,
  travelBookingSaga,
  moneyTransfer2pcVsSaga,
  riskyReleaseDeployment,
  latencyIncidentObservability,
  apiGatewaySecurity,
];
