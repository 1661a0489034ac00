import { docsUrl, type ChecklistItem } from '../schema';
import { MESH_FOR_MTLS } from '../words';

export const loadBalancing: ChecklistItem = {
  id: 'load-balancing',
  title: 'Load balancing',
  question: 'How is traffic spread across instances, at the edge and between services, and with which algorithm?',
  strongAnswer: [
    'Where balancing happens: at the edge (a cloud load balancer, NGINX, HAProxy) and between services (kube-proxy, a mesh sidecar, a client-side balancer).',
    'The algorithm and why: round robin, least connections, consistent hashing for sticky or cache-friendly routing, weighted for canaries.',
    'Health checks that take bad instances out of rotation, and autoscaling behind the balancer.',
  ],
  headings: ['load balancing', 'load balancer', 'lb', 'lbs', 'traffic', 'traffic management', 'scaling', 'scalability', 'traffic distribution', 'spreading load'],
  topics: ['load balancing', 'load balancer', 'load-balancing', 'traffic balancing', 'balance traffic', 'balances traffic', 'balance the load', 'balances the load', 'balance load', 'balance requests', 'balances requests', 'traffic distribution', 'distribute traffic', 'distributes traffic', 'spread traffic', 'spreads traffic', 'spread the load', 'spreads the load', 'spread load',
    // "Kubernetes Service spread the requests between pods", "kube-proxy distributes connections over the pods".
    'spread requests', 'spread * requests', 'spread connections', 'spread * connections', 'distribute requests', 'distribute * requests', 'distribute connections', 'distribute * connections', 'routing mesh',
    // The question asked as it is written: "how requests are spread across the replicas is whatever the cluster does".
    'requests are spread', 'traffic is spread', 'load is spread', 'calls are spread', 'spread across the replicas', 'spread across replicas', 'spread across the instances', 'spread across instances', 'spread between the replicas', 'spread between the instances', 'spreading load', 'spreading the load', 'load spread', 'traffic across replicas', 'traffic across instances', 'which replica', 'which instance',
    // Calls spread over the copies that run: "the cluster spreads the calls across the two pods each service runs",
    // "traffic spread by the k8s Service", "traffic to the pods goes through the standard Kubernetes Service".
    'spread calls', 'spread * calls', 'distribute calls', 'distribute * calls', 'traffic spread', 'requests spread', 'calls spread', 'traffic to the pods', 'traffic to * pods', 'requests to the pods',
    'across the pods', 'across * pods', 'across * * pods', 'between the pods', 'over the pods', 'across * replicas', 'across * * replicas', 'across * instances', 'across * * instances'],
  // A release rolled "across the instances" spreads a version, not traffic.
  topicsNotWith: ['rolling update', 'rolling updates', 'rolling deploy', 'rolling deployment', 'rolling restart', 'rolls out', 'rolled out', 'roll out', 'rollout'],
  concepts: [
    { id: 'balancer', label: 'a load balancer', terms: ['load balancer', 'load balancers', 'load-balancer', 'load balanced', 'load-balanced', 'alb', 'elb', 'nlb', 'application load balancer', 'network load balancer', 'cloud load balancer', 'haproxy', 'f5', 'azure load balancer', 'gcp load balancer', 'metallb'] },
    { id: 'algorithm', label: 'a balancing algorithm', terms: ['round robin', 'round-robin', 'least connections', 'least-connections', 'least request', 'least outstanding requests', 'consistent hashing', 'consistent hash', 'weighted round robin', 'weighted routing', 'weighted target groups', 'weighted balancing', 'weighted load balancing', 'traffic weights', 'random with two choices', 'in random order', 'power of two choices', 'ip hash', 'sticky sessions', 'session affinity', 'hash-based routing'] , notWith: ['round-robin generator', 'round robin generator', 'round-robin tournament', 'round robin tournament', 'round-robin schedule', 'round-robin fixtures', 'round-robin draw'] },
    { id: 'in-cluster', label: 'balancing between services', terms: ['kube-proxy', 'client-side load balancing', 'client side load balancing', 'ribbon', 'envoy', 'sidecar', 'kubernetes service', 'k8s service', 'openshift service', 'clusterip', 'nginx', 'ingress'], context: true, notWith: MESH_FOR_MTLS },
    // A mesh installed only for mTLS balances nothing the document decided (that is security).
    { id: 'mesh', label: 'balancing in a service mesh', terms: ['service mesh', 'linkerd', 'istio'], context: true, notWith: MESH_FOR_MTLS },
    { id: 'autoscaling', label: 'autoscaling behind the balancer', terms: ['autoscaling', 'auto-scaling', 'auto scaling', 'horizontal pod autoscaler', 'hpa', 'scale out', 'scales out', 'scale horizontally', 'scales horizontally', 'horizontal scaling', 'replicas', 'instances behind'], context: true, narrow: true, part: 'capacity' },
  ],
  advice: 'Say where traffic is spread (edge load balancer, kube-proxy or mesh between services, or a client-side balancer) and by which algorithm (round robin, least connections, consistent hashing), with health checks taking bad instances out.',
  docs: docsUrl('load-balancing'),
};
