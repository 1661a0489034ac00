// Follow-up questions for the 'choose-service-discovery' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const chooseServiceDiscoveryFollowUps: readonly FollowUpInput[] = [
  {
    id: 'stale-ips',
    criterion: 'health-and-balancing',
    trigger: 'weak',
    title: 'Stale addresses',
    question: 'How does your design stop a caller from sending traffic to instances that no longer exist, as happened with the rates service?',
    concepts: ['health-checks', 'dns-caching'],
  },
  {
    id: 'billing-on-vms',
    criterion: 'legacy-bridge',
    trigger: 'weak',
    title: 'Reaching billing',
    question: 'How does a pod in the cluster find the billing servers on the VMs, and how do the VMs find a cluster service?',
    concepts: ['k8s-to-vm', 'vm-to-k8s', 'vm-health'],
  },
  {
    id: 'registry-outage',
    criterion: 'eureka-and-mesh',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'The registry goes down',
    question: 'Your registry is unreachable for ten minutes during the morning peak. What keeps working and what breaks?',
    concepts: ['registry-failure'],
  },
  {
    id: 'region-loss',
    criterion: 'in-cluster',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'One region is lost',
    question: 'The EU cluster becomes unavailable. How do callers in the other region find healthy instances, and what does that cost?',
    concepts: ['cross-cluster', 'readiness'],
  },
];
