// The ten items of the microservices checklist, in the lesson's order.
import { apiGateway } from './api-gateway';
import { communication } from './communication';
import { dataManagement } from './data-management';
import { deployment } from './deployment';
import { faultTolerance } from './fault-tolerance';
import { loadBalancing } from './load-balancing';
import { monitoring } from './monitoring';
import { security } from './security';
import { serviceBoundaries } from './service-boundaries';
import { serviceDiscovery } from './service-discovery';

export const builtinItems = [
  serviceBoundaries,
  communication,
  dataManagement,
  serviceDiscovery,
  apiGateway,
  loadBalancing,
  faultTolerance,
  deployment,
  monitoring,
  security,
];
