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
  headings: ['security', 'auth', 'authentication', 'authorization', 'authorisation', 'identity', 'access control', 'trust', 'privacy', 'compliance', 'keeping it safe', 'threat model'],
  topics: ['security', 'secure', 'auth', 'authentication', 'authorization', 'authorisation', 'identity', 'permissions', 'access control', 'encryption', 'privacy'],
  concepts: [
    { id: 'mtls', label: 'mTLS between services', terms: ['mtls', 'mutual tls', 'mutual-tls', 'spiffe', 'spire', 'service identity', 'workload identity', 'client certificate', 'client certificates', 'zero trust', 'zero-trust'] },
    { id: 'user-auth', label: 'user authentication and token propagation', terms: ['oauth', 'oauth2', 'oauth 2', 'oauth 2.0', 'openid connect', 'oidc', 'jwt', 'jwts', 'json web token', 'bearer token', 'access token', 'id token', 'token exchange', 'auth propagation', 'propagate the identity', 'propagates the user', 'keycloak', 'auth0', 'okta', 'cognito', 'azure ad', 'entra id', 'saml', 'sso', 'single sign-on', 'api key', 'api keys'] },
    { id: 'authz', label: 'authorisation policies', terms: ['rbac', 'abac', 'role-based access', 'opa', 'open policy agent', 'oauth scopes', 'token scopes', 'least privilege', 'authorization policy', 'authorisation policy', 'permission check', 'permission checks'] },
    { id: 'network', label: 'network policies and segmentation', terms: ['network policy', 'network policies', 'networkpolicy', 'security group', 'security groups', 'private subnet', 'private subnets', 'vpc', 'firewall', 'allow-list', 'allowlist', 'waf', 'web application firewall', 'segmentation'] },
    { id: 'secrets', label: 'secrets and encryption', terms: ['vault', 'hashicorp vault', 'secrets manager', 'secret manager', 'kms', 'key vault', 'sealed secrets', 'encryption at rest', 'encrypted at rest', 'encryption in transit', 'encrypted in transit', 'tokenization', 'tokenisation'] },
    { id: 'compliance', label: 'transport security and compliance', terms: ['tls', 'tls 1.3', 'https', 'pci', 'pci-dss', 'hipaa', 'gdpr', 'pii', 'soc 2'], context: true },
  ],
  advice: 'Authenticate users at the edge (OAuth 2.0 / OIDC), pass identity downstream in a signed token, secure service-to-service calls with mTLS, restrict traffic with network policies, and keep secrets in a manager such as Vault.',
  docs: docsUrl('security'),
};
