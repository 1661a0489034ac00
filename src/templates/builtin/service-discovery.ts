// Built-in template: how services find each other, with a `discovery` block for the diagram view.
import { AUTHOR_VARIABLE, SAFE_NAME, SAFE_NAME_MESSAGE, SYSTEM_VARIABLE } from './names';

const fence = '```';

export const serviceDiscovery = `---
id: service-discovery
name: Service discovery design
description: How services find each other — the options from the lesson compared, the decision and why — with a discovery block for the diagram.
fileName: '{{system}}-service-discovery'
variables:
${SYSTEM_VARIABLE}  - name: platform
    prompt: Where the services run (for example Kubernetes, Amazon ECS, virtual machines)
    default: Kubernetes
  - name: caller
    prompt: A service that makes calls (it appears in the diagram)
    default: Order
    pattern: ${JSON.stringify(SAFE_NAME)}
    message: ${JSON.stringify(SAFE_NAME_MESSAGE)}
  - name: service
    prompt: The service it calls
    default: Payment
    pattern: ${JSON.stringify(SAFE_NAME)}
    message: ${JSON.stringify(SAFE_NAME_MESSAGE)}
  - name: pattern
    prompt: The pattern to draw (client-side, server-side, dns, service-mesh or kubernetes)
    default: kubernetes
    pattern: ^(client-side|server-side|dns|service-mesh|kubernetes)$
    message: must be one of client-side, server-side, dns, service-mesh, kubernetes
${AUTHOR_VARIABLE}frontMatter:
  author: '{{author}}'
---
# Service discovery for {{system}}

<!--
Containers, autoscaling and rolling deployments keep changing where instances run, so a caller cannot be
configured with fixed addresses. This document decides how a caller such as {{caller}} finds a healthy
instance of {{service}}. These comments are prompts: the checklist ignores them, so replace them with your answers.
-->

## Context

<!--
- Where do the services run ({{platform}})? How many services and instances are there, and how often do instances come and go?
- Which languages are the callers written in? Client-side discovery needs a library in each of them.
- What is the latency budget of a call: can it afford an extra network hop?
-->

## Options compared

### Client-side discovery

<!--
The caller asks a service registry (Eureka, Consul) for the instances of {{service}}, picks one and balances the load itself.
Pros: no extra hop; each client can choose its balancing strategy.
Cons: discovery logic in every client, once per language; a registry to run and keep available.
-->

### Server-side discovery

<!--
The caller sends the request to a load balancer or router, which looks up the instances in the registry and forwards it
(AWS ALB with ECS, Consul with a central Envoy or NGINX).
Kubernetes Services look the same to the caller but put no router in the path: see below.
Pros: a simple client, whatever its language.
Cons: an extra network hop, and the load balancer is one more dependency that must be highly available.
-->

### DNS-based discovery

<!--
The service's name resolves to the addresses of its instances (Consul DNS, Route 53, SRV records).
Pros: universal; every language and tool already resolves names.
Cons: answers are cached until their TTL expires (some clients cache longer), so dead instances linger; health checking is limited and balancing is coarse.
-->

### Mesh-based discovery

<!--
A sidecar proxy beside every instance (Istio, Linkerd) does discovery, balancing, retries, mTLS and metrics without changes to the code.
Distributed traces still need the code: each service must copy the trace headers (traceparent) of the request it received onto the calls it makes.
Pros: full-featured and transparent to every language.
Cons: operational complexity, plus some latency and resources for each proxy.
-->

### Kubernetes Service discovery

<!--
A Service gives a stable name and a virtual IP (ClusterIP). Cluster DNS resolves the name and kube-proxy sends each connection
to one of the pods that pass their readiness probe; pods that die or fail the probe are removed, new ones are added. As in
server-side discovery the caller never sees the pods, but there is no router in between: kube-proxy's rules (iptables or IPVS)
on the caller's own node turn the ClusterIP into a pod IP, so the connection goes straight to the pod, with no extra hop.
Pros: nothing extra to run or code inside the cluster.
Cons: balancing is per connection, so long-lived HTTP/2 or gRPC connections stay on one pod unless a mesh or the client spreads requests; callers outside the cluster need more set-up.
-->

## Decision

<!--
- Which option do you choose for {{caller}} calling {{service}}, and for the rest of the system?
- Why this one here: the platform, the callers' languages, the latency budget, what the team can operate?
-->

## Registration and health

<!--
- How does an instance get registered: by itself at start-up, or by the platform (Kubernetes, ECS) on its behalf?
- How does a dead or unhealthy instance drop out (health checks, heartbeats, TTLs, readiness probes), and how long can callers still reach it?
- What do callers do while the registry is unreachable: keep using the last list they received?
-->

## Consequences

<!--
- What you accept with this choice: an extra hop, client libraries to maintain, a mesh to run, DNS caching delays.
- How it works together with load balancing, retries, timeouts and mTLS between services.
-->

## Diagram

<!--
The block below is YAML drawn by the diagram view. pattern is one of client-side, server-side, dns, service-mesh or kubernetes.
The addresses are examples: replace them with your instances. Optional display names: registry, loadBalancer, dns, mesh.
-->

${fence}discovery
pattern: {{pattern}}
caller: {{caller}}
service: {{service}}
# Example addresses: replace them with your instances.
instances:
  - 10.0.1.5:8080
  - 10.0.1.6:8080
  - 10.0.1.7:8080
${fence}
`;
