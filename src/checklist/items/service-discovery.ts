import { docsUrl, type ChecklistItem } from '../schema';
import { MESH_FOR_MTLS } from '../words';

/**
 * Words of a sentence about spreading load ("requests are spread round-robin by kube-proxy", "the ALB deregisters a
 * failing target"): its platform terms answer load balancing, not how services find each other.
 */
const SPREADS_LOAD = ['azure kubernetes service', 'elastic kubernetes service', 'spread it', 'spreads it', 'spread the load', 'spreads the load', 'round-robin', 'round robin', 'least-outstanding', 'least outstanding', 'least connections', 'least-connections', 'target group', 'spreads requests', 'spread requests', 'spreads the requests', 'spreads traffic', 'spread round-robin'];

export const serviceDiscovery: ChecklistItem = {
  id: 'service-discovery',
  title: 'Service discovery',
  question: 'How do services find each other when instances come and go: a registry, DNS, a service mesh or the platform?',
  strongAnswer: [
    'The mechanism: client-side (registry plus client load balancing), server-side (a load balancer or router that knows the instances), DNS, a service mesh, or the platform (Kubernetes Services, where kube-proxy on the caller\'s own node turns the virtual IP into a pod IP, with no router in between).',
    'How instances register and deregister, and how unhealthy ones drop out (health checks, TTLs).',
    'The trade-off taken: an extra hop through a router versus client complexity, DNS caching delays, mesh operational cost.',
  ],
  headings: ['service discovery', 'discovery', 'finding services', 'finding each other', 'service registry', 'naming', 'service lookup', 'addressing', 'service mesh', 'mesh', 'kubernetes services', 'k8s services'],
  topics: ['service discovery', 'discovery', 'discover', 'find each other', 'finds each other', 'locate', 'service location', 'service locations', 'where instances are'],
  concepts: [
    { id: 'registry', label: 'a service registry', terms: ['service registry', 'eureka', 'consul', 'zookeeper', 'etcd', 'nacos', 'cloud map', 'registers itself', 'register themselves', 'registers with', 'register with', 'self-registration', 'deregister', 'deregistered'], notWith: SPREADS_LOAD },
    { id: 'client-side', label: 'client-side discovery', terms: ['client-side discovery', 'client side discovery', 'ribbon', 'client-side load balancing', 'spring cloud loadbalancer'] },
    { id: 'server-side', label: 'server-side discovery', terms: ['server-side discovery', 'server side discovery'] },
    { id: 'dns', label: 'DNS-based discovery', terms: ['dns-based', 'dns based', 'consul dns', 'route 53', 'route53', 'srv record', 'srv records', 'coredns', 'kube-dns', 'dns name', 'dns names', 'dns entry', 'dns lookup', 'dns resolution', 'dns'], context: true },
    // Names the platform resolves: "services reach each other by their Swarm service names, resolved by Swarm's internal DNS".
    { id: 'names', label: 'names resolved by the platform', terms: ['internal dns', 'reach each other by', 'call each other by', 'find each other by', 'talk to each other by', 'reaches the others by', 'by host name', 'by hostname', 'by their service names', 'by service name', 'host name and port', 'hostname and port'] },
    { id: 'kubernetes', label: 'Kubernetes Services', terms: ['kubernetes service', 'kubernetes services', 'k8s service', 'k8s services', 'clusterip', 'cluster ip', 'kube-proxy', 'headless service', 'kubernetes dns', 'k8s dns', 'cluster dns'], notWith: SPREADS_LOAD },
    // A poor choice is still the choice: "applications find each other through fixed hostnames in application.properties".
    { id: 'static', label: 'a static list of addresses', terms: ['hand-maintained list', 'hand maintained list', 'static list', 'fixed hostnames', 'fixed host names', 'fixed addresses', 'fixed ip addresses', 'hard-coded addresses', 'hardcoded addresses', 'hard-coded hostnames', 'static ip', 'static ips', 'static addresses', 'hosts file', 'etc/hosts', 'lists the host names', 'lists the hostnames', 'config file of addresses'] },
    { id: 'mesh', label: 'a service mesh', terms: ['service mesh', 'istio', 'linkerd', 'consul connect', 'app mesh', 'kuma'], notWith: MESH_FOR_MTLS },
    { id: 'platform', label: 'discovery through the platform or a router', terms: ['kubernetes', 'k8s', 'load balancer', 'envoy', 'nomad', 'ecs service connect', 'service connect', 'by name', 'service name', 'virtual ip', 'health check', 'health checks', 'ttl', 'sidecar', 'sidecar proxy', 'envoy sidecar', 'heartbeat', 'registration'], context: true, notWith: SPREADS_LOAD },
  ],
  advice: 'Choose how services find each other: Kubernetes Services (cluster DNS and a virtual IP that kube-proxy on the caller\'s node turns into a pod IP), a registry such as Consul or Eureka (client-side), DNS, or a mesh such as Istio or Linkerd. Say how dead instances drop out.',
  tradeoffs: `| Approach | Gains | Costs | Examples |
|---|---|---|---|
| Client-side | no extra hop; the client can balance load cleverly | discovery logic in every client, per language | Eureka, Consul with a client library |
| Server-side (a router) | clients stay simple and language-neutral | one more hop through the router, which must be highly available | AWS ALB with ECS, a central Envoy or NGINX |
| Kubernetes Services | a stable name and virtual IP, nothing to run or code | balancing per connection: long-lived gRPC or HTTP/2 connections stay on one pod | ClusterIP Services with kube-proxy |
| DNS | works with any client, nothing to install | cached answers go stale for the TTL; weak health checking | Consul DNS, Route 53 |
| Service mesh | discovery, retries, mTLS and metrics without app code; traces still need each service to forward the trace headers | a control plane and sidecars to run and upgrade | Istio, Linkerd |

Where the lesson is one-sided: it counts Kubernetes Services as server-side discovery with an extra hop. A ClusterIP has no router behind it: kube-proxy's rules (iptables or IPVS) on the caller's own node send each connection straight to a ready pod, so there is no extra hop and no central router to keep available.`,
  docs: docsUrl('service-discovery'),
};
