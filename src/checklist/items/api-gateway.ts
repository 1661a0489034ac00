import { docsUrl, type ChecklistItem } from '../schema';

export const apiGateway: ChecklistItem = {
  id: 'api-gateway',
  title: 'API gateway',
  question: 'What is the single entry point for clients, and what does it do (routing, authentication, rate limiting, aggregation)?',
  strongAnswer: [
    'One entry point for external clients, named (Kong, AWS API Gateway, Envoy, NGINX, Spring Cloud Gateway) or described.',
    'Its duties: routing to services, authentication at the edge, rate limiting, TLS termination, request aggregation or a backend-for-frontend per client type.',
    'How it avoids becoming a bottleneck or a single point of failure: stateless, replicated, no business logic.',
    'Where rate-limit counters live: with several gateway replicas, a limit counted in each replica lets a client through N times over, so the counters sit in a shared store (Redis) or the limit is split per replica and the drift accepted.',
  ],
  headings: ['api gateway', 'gateway', 'edge', 'entry point', 'ingress', 'how requests get in', 'client access', 'external api', 'public api', 'edge layer', 'front door'],
  topics: ['api gateway', 'a gateway', 'the gateway', 'one gateway', 'single gateway', 'entry point', 'ingress', 'front door', 'single entry', 'public entry', 'from outside', 'single address', 'public address', 'public ports', 'public interface', 'only thing listening', 'external traffic', 'traffic from the internet', 'envoy gateway'],
  // A gateway or an ingress in another role: a payment or messaging provider, a device bridge, a network policy's rules, a balancer.
  topicsNotWith: ['payment gateway', 'payments gateway', 'card gateway', 'sms gateway', 'email gateway', 'iot gateway', 'device gateway', 'protocol gateway', 'ocpp gateway', 'lorawan', 'lora gateway', 'zigbee', 'mqtt broker', 'networkpolicy', 'networkpolicies', 'network policy', 'network policies', 'ingress rules', 'all ingress', 'ingress and egress', 'egress', 'round-robin', 'round robin', 'spreads requests'],
  concepts: [
    { id: 'gateway', label: 'an API gateway', terms: ['api gateway', 'api-gateway', 'kong', 'apigee', 'tyk', 'zuul', 'spring cloud gateway', 'krakend', 'aws api gateway', 'amazon api gateway', 'azure api management', 'apim', 'ambassador', 'emissary', 'gloo', 'traefik'] },
    { id: 'bff', label: 'backend for frontend', terms: ['backend for frontend', 'backend-for-frontend', 'backends for frontends', 'bff'] },
    { id: 'entry-point', label: 'a single entry point', terms: ['single entry point', 'one entry point', 'entry point for all clients', 'edge service', 'edge proxy', 'front door', 'ingress controller', 'ingress gateway', 'kubernetes ingress', 'gateway api', 'only app with a public address', 'only service with a public address', 'only thing listening on', 'single address the', 'only public endpoint'],
      // "Gateway API" is Kubernetes' routing API, not a payment provider's API behind its "payment gateway".
      notWith: ['payment gateway api', 'payments gateway api', 'sms gateway api', 'card gateway api'] },
    { id: 'edge-duties', label: 'what the gateway does', terms: ['request routing', 'routes requests', 'routes each request', 'rate limiting', 'rate limit', 'rate-limit', 'throttling', 'tls termination', 'ssl termination', 'authentication at the edge', 'validates tokens', 'validates the token', 'validates the jwt', 'request aggregation', 'aggregates', 'api composition'], context: true },
    // Ingress in another role: a network policy's ingress rules (security), a proxy only spreading load (balancing).
    { id: 'proxy', label: 'a reverse proxy at the edge', terms: ['nginx', 'envoy', 'haproxy', 'caddy', 'reverse proxy', 'ingress', 'cloudfront', 'alb'], context: true,
      notWith: ['networkpolicy', 'networkpolicies', 'network policy', 'network policies', 'round-robin', 'round robin', 'spreads requests', 'spread requests'] },
  ],
  advice: 'Put one entry point in front of the services for external clients (Kong, Envoy, NGINX, a cloud API gateway) that routes, authenticates, rate-limits and terminates TLS, and keep business logic out of it.',
  docs: docsUrl('api-gateway'),
};
