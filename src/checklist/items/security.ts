import { docsUrl, type ChecklistItem } from '../schema';

export const security: ChecklistItem = {
  id: 'security',
  title: 'Security',
  question: 'How are users authenticated at the edge, how is identity passed between services, and how are service-to-service calls secured?',
  strongAnswer: [
    'User authentication at the edge with OAuth 2.0 / OpenID Connect; a signed token (JWT) or a token exchange carries identity to downstream services.',
    'Service-to-service authentication and encryption with mTLS (often from the mesh) and per-service authorisation.',
    'Network policies that allow only the calls the design needs; secrets in a manager (Vault, a cloud KMS), never in code.',
    'Encryption at rest for sensitive data and least privilege per service.',
  ],
  headings: ['security', 'auth', 'authentication', 'authorization', 'authorisation', 'identity', 'access control', 'trust', 'privacy', 'compliance', 'keeping it safe', 'threat model', 'secrets', 'secrets management'],
  topics: ['security', 'secure', 'auth', 'authentication', 'authorization', 'authorisation', 'identity', 'permissions', 'access control', 'encryption', 'privacy', 'secrets'],
  concepts: [
    { id: 'mtls', label: 'mTLS between services', terms: ['mtls', 'mutual tls', 'mutual-tls', 'spiffe', 'spire', 'service identity', 'workload identity', 'client certificate', 'client certificates', 'zero trust', 'zero-trust', 'internal certificate authority', 'certificates issued by our', 'prove who they are', 'prove their identity', 'proving who it is', 'proves who it is', 'its own certificate', 'between services is encrypted', 'between services are encrypted'] },
    { id: 'user-auth', label: 'user authentication', terms: ['oauth', 'oauth2', 'oauth 2', 'oauth 2.0', 'openid connect', 'oidc', 'jwt', 'jwts', 'json web token', 'bearer token', 'access token', 'id token', 'keycloak', 'auth0', 'okta', 'cognito', 'azure ad', 'entra id', 'saml', 'sso', 'single sign-on', 'api key', 'api keys', 'checks the token'], narrow: true, part: 'edge' },
    // How the caller's identity reaches the services behind the edge: the part of security the login alone does not decide.
    { id: 'token-propagation', label: 'token propagation between services', terms: ['token exchange', 'auth propagation', 'propagate the identity', 'propagates the identity', 'propagates the user', 'propagate the token', 'propagates the token', 'forwards the token', 'forward the token', 'passes the token', 'service-to-service authentication', 'service to service authentication', 'service-to-service auth', 'service accounts', 'client credentials between services', 'signed internal header', 'forwards the user id', 'forward the user id', 'passes * downstream', "passes the user's identity", 'passes the identity', 'in a signed token', 'signed token', 'passes the * id downstream', 'forwards * downstream', 'token is forwarded', 'tokens are forwarded', 'forwarded on every call', 'is forwarded on every', 'token is propagated', 'tokens are propagated', 'propagated to downstream'] },
    { id: 'authz', label: 'authorisation policies', terms: ['rbac', 'abac', 'role-based access', 'opa', 'open policy agent', 'oauth scopes', 'token scopes', 'least privilege', 'authorization policy', 'authorisation policy', 'permission check', 'permission checks', 'role claim', 'role claims', 'checks the role', 'checks the scope', 'checks the scopes', 'check scopes', 'checks scopes'] },
    { id: 'network', label: 'network policies and segmentation', terms: ['network policy', 'network policies', 'networkpolicy', 'security group', 'security groups', 'private subnet', 'private subnets', 'only reachable inside the vpc', 'only reachable from the vpc', 'reachable only inside the vpc', 'reachable only from the vpc', 'private to the vpc', 'vpc-only', 'vpc only', 'firewall', 'allow-list', 'allowlist', 'segmentation'], notWith: ['trust any caller', 'trusts any caller', 'accept calls from anything', 'accepts calls from anything', 'anything in the vpc', 'anyone inside the vpc'] },
    // A firewall in front of the site protects the edge, as the login does; what lies behind it is still open.
    { id: 'edge-protection', label: 'protection at the edge', terms: ['waf', 'web application firewall', 'bot protection', 'ddos protection'], narrow: true, part: 'edge' },
    // "Vault" alone is also a seed bank's freezer or a bank's strong room: it counts only where security is the topic.
    { id: 'vault', label: 'secrets management', terms: ['vault'], context: true },
    { id: 'secrets', label: 'secrets management', terms: ['hashicorp vault', 'secrets manager', 'secret manager', 'kms', 'key vault', 'sealed secrets'] },
    { id: 'encryption', label: 'encryption of stored data', terms: ['encryption at rest', 'encrypted at rest', 'encryption in transit', 'encrypted in transit', 'tokenization', 'tokenisation'], narrow: true },
    { id: 'compliance', label: 'transport security and compliance', terms: ['tls', 'tls 1.3', 'https', 'pci', 'pci-dss', 'hipaa', 'gdpr', 'pii', 'soc 2'], context: true, narrow: true, part: 'edge' },
  ],
  advice: 'Authenticate users at the edge (OAuth 2.0 / OIDC), pass identity downstream in a signed token, secure service-to-service calls with mTLS, restrict traffic with network policies, and keep secrets in a manager such as Vault.',
  docs: docsUrl('security'),
};
