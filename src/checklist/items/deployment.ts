import { docsUrl, type ChecklistItem } from '../schema';

/** A pipeline of data, not of releases: "the nightly reporting pipeline", "forwards to the analytics team's pipeline". */
const DATA_PIPELINE = ['data pipeline', 'reporting pipeline', 'analytics pipeline', "analytics team's pipeline", 'etl pipeline', 'ingestion pipeline', 'processing pipeline', 'streaming pipeline', 'event pipeline', 'ml pipeline', 'pipeline of its own'];

export const deployment: ChecklistItem = {
  id: 'deployment',
  title: 'Deployment',
  question: 'How does a change reach production: a pipeline per service, and which rollout strategy (blue-green, canary, rolling) with what rollback?',
  strongAnswer: [
    'Each service built, tested and deployed independently by its own CI/CD pipeline.',
    'A rollout strategy and why: canary to limit risk, blue-green to test a full copy of the new version before it takes traffic, rolling for little extra capacity (a surge instance, or running below full capacity while it rolls).',
    'Rollback: how fast and what triggers it (error rate, latency), and how schema changes stay backward compatible during the rollout.',
    'What a rollback cannot undo: switching blue-green traffic back undoes neither the writes the new version made, nor the messages it consumed, nor a destructive migration, so schema changes go expand/contract (add, migrate, drop only once no running version needs the old shape).',
    'The runtime platform: containers on Kubernetes, ECS, or VMs, described as code.',
  ],
  headings: ['deployment', 'deployments', 'deploy', 'release', 'releases', 'release process', 'rollout', 'continuous delivery', 'ci/cd', 'cicd', 'shipping', 'getting to production', 'operations'],
  topics: ['deployment', 'deploy', 'deployed', 'release process', 'rollout', 'roll out'],
  concepts: [
    { id: 'strategy', label: 'a rollout strategy', terms: ['blue-green', 'blue/green', 'blue green', 'canary', 'canaries', 'canary release', 'rolling update', 'rolling updates', 'rolling deployment', 'rolling deploy', 'rolling upgrade', 'progressive delivery', 'feature flag', 'feature flags', 'feature toggle', 'dark launch', 'shadow traffic', 'traffic shifting', 'recreate strategy', 'small share of the traffic', 'small share of traffic', 'small percentage of traffic', 'small slice of traffic', 'withdrawn automatically', 'rolled back automatically', 'switch the traffic back', 'second environment'] },
    { id: 'pipeline', label: 'a CI/CD pipeline', terms: ['ci/cd', 'cicd', 'continuous delivery', 'continuous deployment', 'continuous integration', 'pipeline', 'pipelines', 'github actions', 'gitlab ci', 'jenkins', 'circleci', 'argo cd', 'argocd', 'argo rollouts', 'flux', 'flagger', 'spinnaker', 'tekton', 'gitops', 'buildkite', 'azure devops', 'codepipeline'], notWith: DATA_PIPELINE },
    { id: 'independent', label: 'independent deployment', terms: ['built and tested automatically', 'deployed automatically', 'automatically deployed', 'deploys automatically', 'on every merge', 'every merge to main', 'every merge to the main branch', 'deployed independently', 'deploy independently', 'independent deployment', 'independently deployable', 'deploys independently', 'own release cadence', 'own pipeline'] },
    { id: 'rollback', label: 'rollback', terms: ['rollback', 'roll back', 'rolls back', 'rolled back', 'automatic rollback', 'revert'], context: true },
    { id: 'platform', label: 'the runtime platform', terms: ['kubernetes', 'k8s', 'helm', 'docker', 'container', 'containers', 'containerized', 'containerised', 'ecs', 'fargate', 'eks', 'gke', 'aks', 'nomad', 'terraform', 'infrastructure as code', 'cloudformation', 'pulumi', 'serverless', 'lambda', 'vm', 'vms', 'immutable image'], narrow: true, context: true },
  ],
  advice: 'Give each service its own CI/CD pipeline and choose a rollout strategy: canary to limit risk, blue-green for a fast switch back, or rolling for little extra capacity (it needs surge instances or runs at reduced capacity). Switching blue-green back undoes neither the new version\'s writes, nor the messages it consumed, nor a destructive migration: keep schema changes expand/contract. Say what triggers a rollback.',
  tradeoffs: `| Strategy | Downtime | Rollback | Extra cost | Risk |
|---|---|---|---|---|
| Blue-green | none | a fast switch of traffic, but the new version's writes, the messages it consumed and a destructive migration stay (expand/contract) | a second full environment | low |
| Canary | none | fast: send the canary no traffic | a few extra instances | very low |
| Rolling | none | slow: roll back instance by instance | surge instances (maxSurge), or reduced capacity while it runs (maxUnavailable) | medium |
| Recreate | a short outage | redeploy the old version | none | high |

Where the lesson is one-sided: it rates blue-green's rollback instant and rolling's extra cost nil. The blue-green switch is fast, but the new version's writes, the messages it consumed and a destructive migration stay; a rolling update needs surge instances or runs at reduced capacity.`,
  docs: docsUrl('deployment'),
};
