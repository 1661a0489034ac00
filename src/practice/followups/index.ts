// The built-in follow-ups, by challenge id, checked by the schema once when first read. Pure.
import { followUpListSchema, type FollowUp, type FollowUpInput } from './schema';
import { ecommerceMigrationFollowUps } from './ecommerce-migration';
import { stayModularMonolithFollowUps } from './stay-modular-monolith';
import { chooseServiceDiscoveryFollowUps } from './choose-service-discovery';
import { cascadingFailureResilienceFollowUps } from './cascading-failure-resilience';
import { travelBookingSagaFollowUps } from './travel-booking-saga';
import { moneyTransfer2pcVsSagaFollowUps } from './money-transfer-2pc-vs-saga';
import { riskyReleaseDeploymentFollowUps } from './risky-release-deployment';
import { latencyIncidentObservabilityFollowUps } from './latency-incident-observability';
import { apiGatewaySecurityFollowUps } from './api-gateway-security';

const INPUT: Readonly<Record<string, readonly FollowUpInput[]>> = {
  'ecommerce-migration': ecommerceMigrationFollowUps,
  'stay-modular-monolith': stayModularMonolithFollowUps,
  'choose-service-discovery': chooseServiceDiscoveryFollowUps,
  'cascading-failure-resilience': cascadingFailureResilienceFollowUps,
  'travel-booking-saga': travelBookingSagaFollowUps,
  'money-transfer-2pc-vs-saga': moneyTransfer2pcVsSagaFollowUps,
  'risky-release-deployment': riskyReleaseDeploymentFollowUps,
  'latency-incident-observability': latencyIncidentObservabilityFollowUps,
  'api-gateway-security': apiGatewaySecurityFollowUps,
};

const parsed = new Map<string, readonly FollowUp[]>();

/** The follow-ups of a built-in challenge; none for a challenge without them (a user rubric). */
export function followUpsFor(challenge: string): readonly FollowUp[] {
  const input = INPUT[challenge];
  if (!input) return [];
  let list = parsed.get(challenge);
  if (!list) {
    const result = followUpListSchema.safeParse(input);
    // A failure is a bug in our content: the tests check every list.
    if (!result.success) throw new Error(`follow-ups of '${challenge}': ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    parsed.set(challenge, (list = result.data));
  }
  return list;
}

export const FOLLOW_UP_CHALLENGES: readonly string[] = Object.keys(INPUT);
export { checkFollowUps, FOLLOW_UP_PHASES, followUpListSchema, followUpSchema, type FollowUp, type FollowUpInput, type FollowUpPhase } from './schema';
export { creditFollowUps, followUpAnswerLine, followUpBlock, followUpHeading, followUpInsertion, followUpSections, selectFollowUps, ANSWERED_SHARE, MAX_FOLLOW_UPS, type AskedFollowUp, type FollowUpCredit } from './select';
