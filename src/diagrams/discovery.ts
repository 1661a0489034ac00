// The five service-discovery patterns of the lesson as Mermaid diagrams. A request's path in time
// (client-side, server-side, DNS) is a sequence diagram; where the parts and who configures whom
// matter more (service mesh, Kubernetes), a flowchart.
import { accessibleLines, displayText as shown, Ids, mermaidText as t, sequenceHeader, type Accessible } from './escape';
import type { LineOf } from './schema';
import type { DiagramProblem, DiscoveryPattern, DiscoverySpec } from './types';

/** Display names a pattern draws, with their defaults. */
const ROLES: Record<DiscoveryPattern, Partial<Record<'registry' | 'loadBalancer' | 'dns' | 'mesh', string>>> = {
  'client-side': { registry: 'Service registry' },
  'server-side': { loadBalancer: 'Load balancer', registry: 'Service registry' },
  dns: { dns: 'DNS server' },
  'service-mesh': { mesh: 'Mesh' },
  kubernetes: { dns: 'CoreDNS' },
};

export const PATTERN_TITLES: Record<DiscoveryPattern, string> = {
  'client-side': 'client-side',
  'server-side': 'server-side',
  dns: 'DNS',
  'service-mesh': 'service mesh',
  kubernetes: 'Kubernetes',
};

export function discoveryTitle(spec: Pick<DiscoverySpec, 'pattern'>): string {
  return `Service discovery: ${PATTERN_TITLES[spec.pattern]}`;
}

export function discoveryMermaid(spec: DiscoverySpec): string {
  return DRAW[spec.pattern](spec).join('\n');
}

/** What the drawing shows, in words: for a screen reader and for copying. */
export function discoveryDescription(spec: DiscoverySpec): string[] {
  const service = shown(spec.service);
  const caller = shown(spec.caller);
  const addresses = spec.instances.map(shown).join(', ');
  const head = `${discoveryTitle(spec)}. ${caller} calls ${service}, which runs as ${spec.instances.length === 1 ? 'one instance' : `${spec.instances.length} instances`} (${addresses}).`;
  const registry = shown(role(spec, 'registry'));
  const steps: Record<DiscoveryPattern, string[]> = {
    'client-side': [
      `Each instance registers with ${registry} and keeps its entry alive with heartbeats.`,
      `${caller} asks ${registry} where ${service} is and gets the list of instances.`,
      `${caller} picks an instance itself (client-side load balancing) and calls it directly.`,
      `An instance whose heartbeats stop is dropped from the list.`,
    ],
    'server-side': [
      `Each instance registers with ${registry} and keeps its entry alive with heartbeats.`,
      `${shown(role(spec, 'loadBalancer'))} watches ${registry} and keeps the list of instances.`,
      `${caller} sends its request to ${shown(role(spec, 'loadBalancer'))}, which picks an instance from its list and forwards the request.`,
      'The caller knows only the load balancer, never the instances; it costs one extra network hop.',
    ],
    dns: [
      `${shown(role(spec, 'dns'))} holds A records with the instance addresses (SRV records with host and port), each with a TTL.`,
      `${caller} looks up ${service} through a caching resolver, which asks the DNS server only when its cached answer has expired.`,
      `${caller} calls one of the addresses directly.`,
      'An instance that went away stays in caches until the TTL runs out, so callers need timeouts and retry another address.',
    ],
    'service-mesh': [
      `${caller} calls ${service} through its own sidecar proxy on localhost.`,
      `The sidecar sends the request over mTLS to a sidecar of one ${service} instance, balancing, retrying and timing out; that sidecar calls the app locally.`,
      `The ${shown(role(spec, 'mesh'))} control plane pushes endpoints, routes and certificates to every sidecar.`,
    ],
    kubernetes: [
      `${caller} looks up ${service}.<namespace>.svc.cluster.local in ${shown(role(spec, 'dns'))} and gets the Service's ClusterIP, a stable virtual IP.`,
      `kube-proxy's rules on the caller's own node rewrite the ClusterIP to the IP of one ready pod: the request goes straight to the pod, with no extra hop.`,
      "The EndpointSlice controller writes the ready pods' IPs into EndpointSlices, from the Service's selector and the pods' readiness; kube-proxy on every node watches them.",
    ],
  };
  return [head, ...steps[spec.pattern].map((line, i) => `${i + 1}. ${line}`)];
}

/** The drawing's accessible title and one-line description. */
function access(spec: DiscoverySpec): Accessible {
  const how: Record<DiscoveryPattern, string> = {
    'client-side': `it asks ${shown(role(spec, 'registry'))} for the instances and picks one itself`,
    'server-side': `it calls ${shown(role(spec, 'loadBalancer'))}, which picks an instance from the list it keeps from ${shown(role(spec, 'registry'))}`,
    dns: `it looks the name up in ${shown(role(spec, 'dns'))} and calls one of the addresses`,
    'service-mesh': `its sidecar proxy routes the call, configured by the ${shown(role(spec, 'mesh'))} control plane`,
    kubernetes: "it calls the Service's ClusterIP, which kube-proxy on its own node turns into a ready pod's IP",
  };
  const count = spec.instances.length === 1 ? 'one instance' : `${spec.instances.length} instances`;
  return { title: discoveryTitle(spec), description: `How ${shown(spec.caller)} finds ${shown(spec.service)} (${count}): ${how[spec.pattern]}.` };
}

const participants = (spec: DiscoverySpec, ids: Ids): string[] => sequenceHeader(ids, access(spec));
const flowchart = (spec: DiscoverySpec): string[] => ['flowchart LR', ...accessibleLines(access(spec))];

const DRAW: Record<DiscoveryPattern, (spec: DiscoverySpec) => string[]> = {
  'client-side': clientSide,
  'server-side': serverSide,
  dns: dnsBased,
  'service-mesh': serviceMesh,
  kubernetes: kubernetes,
};

const role = (spec: DiscoverySpec, key: 'registry' | 'loadBalancer' | 'dns' | 'mesh'): string => spec[key] ?? ROLES[spec.pattern][key] ?? key;

/** Participants for the caller, the given roles and each instance, in that order. */
function cast(spec: DiscoverySpec, roles: readonly string[]): { ids: Ids; caller: string; roles: string[]; instances: string[] } {
  const ids = new Ids('p');
  const caller = ids.fresh(spec.caller);
  const roleIds = roles.map((r) => ids.fresh(r));
  const instances = spec.instances.map((a) => ids.fresh(`${shown(spec.service)} ${shown(a)}`));
  return { ids, caller, roles: roleIds, instances };
}

const list = (spec: DiscoverySpec): string => spec.instances.map((i) => t(i)).join(', ');

/** Instances register themselves, then keep their entries alive with heartbeats. */
function registration(spec: DiscoverySpec, registry: string, instances: readonly string[]): string[] {
  return [
    ...instances.map((id, i) => `  ${id}->>${registry}: register ${t(spec.service)} at ${t(spec.instances[i])}`),
    '  loop heartbeat every few seconds',
    ...instances.map((id) => `    ${id}->>${registry}: heartbeat`),
    '  end',
  ];
}

function clientSide(spec: DiscoverySpec): string[] {
  const c = cast(spec, [role(spec, 'registry')]);
  const [registry] = c.roles;
  const picked = c.instances[0];
  return [
    ...participants(spec, c.ids),
    ...registration(spec, registry, c.instances),
    `  ${c.caller}->>${registry}: where is ${t(spec.service)}?`,
    `  ${registry}-->>${c.caller}: ${list(spec)}`,
    `  Note over ${c.caller}: picks ${t(spec.instances[0])} itself (client-side load balancing, e.g. round robin)`,
    `  ${c.caller}->>${picked}: request, straight to the instance`,
    `  ${picked}-->>${c.caller}: response`,
    `  Note over ${registry}: an instance whose heartbeats stop is dropped from the list`,
  ];
}

function serverSide(spec: DiscoverySpec): string[] {
  const c = cast(spec, [role(spec, 'loadBalancer'), role(spec, 'registry')]);
  const [lb, registry] = c.roles;
  const picked = c.instances[0];
  // The router keeps the list and is told of changes: the registry is not on the path of each request.
  return [
    ...participants(spec, c.ids),
    ...registration(spec, registry, c.instances),
    `  ${lb}->>${registry}: watch ${t(spec.service)}`,
    `  ${registry}-->>${lb}: ${list(spec)}, then every change`,
    `  ${c.caller}->>${lb}: request for ${t(spec.service)}`,
    `  Note over ${lb}: picks ${t(spec.instances[0])} from the list it keeps, without asking the registry`,
    `  ${lb}->>${picked}: forward to ${t(spec.instances[0])}`,
    `  ${picked}-->>${lb}: response`,
    `  ${lb}-->>${c.caller}: response`,
    `  Note over ${c.caller},${lb}: the caller knows only the load balancer, never the instances (one extra network hop)`,
  ];
}

function dnsBased(spec: DiscoverySpec): string[] {
  const c = cast(spec, ['DNS resolver (cache)', role(spec, 'dns')]);
  const [resolver, server] = c.roles;
  const picked = c.instances[0];
  return [
    ...participants(spec, c.ids),
    `  Note over ${server}: A records hold the instance IPs, SRV records host and port, each with a TTL`,
    `  ${c.caller}->>${resolver}: look up ${t(spec.service)} (A or SRV)`,
    `  alt not cached, or the TTL has run out`,
    `    ${resolver}->>${server}: query ${t(spec.service)}`,
    `    ${server}-->>${resolver}: ${list(spec)}, TTL 30 s`,
    `  else cached`,
    `    Note over ${resolver}: answers from its cache until the TTL runs out`,
    `  end`,
    `  ${resolver}-->>${c.caller}: ${list(spec)}`,
    `  ${c.caller}->>${picked}: request to ${t(spec.instances[0])}`,
    `  ${picked}-->>${c.caller}: response`,
    `  Note over ${c.caller},${resolver}: stale entries: an instance that went away stays in caches until the TTL runs out, so callers need timeouts and retry another address`,
  ];
}

/** Flowchart pieces: quoted, escaped labels on generated ids. */
const node = (id: string, label: string): string => `${id}["${t(label)}"]`;
const edge = (from: string, arrow: '-->' | '-.->' | '==>', to: string, label?: string): string => `${from} ${arrow}${label ? `|"${t(label)}"|` : ''} ${to}`;

function serviceMesh(spec: DiscoverySpec): string[] {
  const ids = new Ids('n');
  const callerBox = ids.fresh('caller pod');
  const caller = ids.fresh(spec.caller);
  const callerProxy = ids.fresh('caller sidecar');
  const plane = ids.fresh('control plane');
  const out = [
    ...flowchart(spec),
    `  subgraph ${callerBox} ["${t(`${shown(spec.caller)} pod`)}"]`,
    `    ${node(caller, spec.caller)}`,
    `    ${node(callerProxy, 'sidecar proxy')}`,
    '  end',
    `  ${node(plane, `${shown(role(spec, 'mesh'))} control plane`)}`,
  ];
  const targets: { proxy: string; app: string }[] = [];
  spec.instances.forEach((address) => {
    const box = ids.fresh('instance pod');
    const proxy = ids.fresh('sidecar');
    const app = ids.fresh('app');
    targets.push({ proxy, app });
    out.push(`  subgraph ${box} ["${t(`${shown(spec.service)} ${shown(address)}`)}"]`, `    ${node(proxy, 'sidecar proxy')}`, `    ${node(app, spec.service)}`, '  end');
  });
  out.push(`  ${edge(caller, '-->', callerProxy, `1. calls ${shown(spec.service)} through localhost`)}`);
  targets.forEach((x, i) => {
    out.push(`  ${edge(callerProxy, '==>', x.proxy, i === 0 ? '2. mTLS; the proxy balances, retries and times out' : undefined)}`);
    out.push(`  ${edge(x.proxy, '-->', x.app, i === 0 ? '3. local call' : undefined)}`);
  });
  out.push(`  ${edge(plane, '-.->', callerProxy, 'pushes endpoints, routes and certificates')}`);
  for (const x of targets) out.push(`  ${edge(plane, '-.->', x.proxy)}`);
  return out;
}

// No box stands between the caller and the pods: the ClusterIP is rewritten to a pod IP by kube-proxy's rules on
// the caller's own node, and the EndpointSlices are written by the control plane, never by the pods themselves.
function kubernetes(spec: DiscoverySpec): string[] {
  const ids = new Ids('n');
  const callerNode = ids.fresh('caller node');
  const caller = ids.fresh(spec.caller);
  const proxy = ids.fresh('kube-proxy');
  const dns = ids.fresh('dns');
  const service = ids.fresh('service');
  const controller = ids.fresh('endpointslice controller');
  const slices = ids.fresh('endpoints');
  const pods = spec.instances.map((a) => ids.fresh(a));
  const name = shown(spec.service);
  return [
    ...flowchart(spec),
    `  subgraph ${callerNode} ["${t(`the node ${shown(spec.caller)} runs on`)}"]`,
    `    ${node(caller, `${shown(spec.caller)} pod`)}`,
    `    ${node(proxy, "kube-proxy's rules on this node (iptables or IPVS)")}`,
    '  end',
    `  ${node(dns, `${shown(role(spec, 'dns'))}: ${name}.<namespace>.svc.cluster.local`)}`,
    `  ${node(service, `Service ${name}: ClusterIP, a stable virtual IP (no process behind it)`)}`,
    `  ${node(controller, 'EndpointSlice controller (control plane)')}`,
    `  ${node(slices, `EndpointSlices of ${name}: IPs of the ready pods`)}`,
    ...pods.map((id, i) => `  ${node(id, `pod ${shown(spec.instances[i])}`)}`),
    `  ${edge(caller, '-->', dns, `1. looks up ${name}`)}`,
    `  ${edge(dns, '-.->', caller, '2. the ClusterIP')}`,
    `  ${edge(caller, '-->', proxy, '3. connects to the ClusterIP; rewritten on its own node')}`,
    ...pods.map((id, i) => `  ${edge(proxy, '-->', id, i === 0 ? '4. straight to one ready pod IP, no extra hop' : undefined)}`),
    `  ${edge(service, '-.->', controller, 'its selector names the pods')}`,
    ...pods.map((id, i) => `  ${edge(id, '-.->', controller, i === 0 ? 'readiness, reported by the kubelet' : undefined)}`),
    `  ${edge(controller, '-.->', slices, 'writes')}`,
    `  ${edge(slices, '-.->', proxy, 'watched by kube-proxy on every node: pods that die or fail readiness drop out, new ones join')}`,
  ];
}

/** Warnings: display names the chosen pattern does not draw (likely meant for another pattern). */
export function discoveryChecks(spec: DiscoverySpec, lineOf: LineOf, blockLine: number): DiagramProblem[] {
  const used = Object.keys(ROLES[spec.pattern]);
  const out: DiagramProblem[] = [];
  for (const key of ['registry', 'loadBalancer', 'dns', 'mesh'] as const) {
    if (spec[key] === undefined || used.includes(key)) continue;
    out.push({
      line: lineOf(key) ?? blockLine,
      severity: 'warning',
      code: 'unused-key',
      message: `"${key}" is not drawn in the ${PATTERN_TITLES[spec.pattern]} pattern${used.length ? ` (it draws ${used.join(' and ')})` : ''}; remove it or change "pattern".`,
    });
  }
  return out;
}
