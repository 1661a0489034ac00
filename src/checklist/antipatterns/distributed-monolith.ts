import { docsUrl, type AntiPattern } from '../schema';

export const distributedMonolith: AntiPattern = {
  id: 'distributed-monolith',
  title: 'Distributed monolith',
  problem: 'The services are split on paper but must be released together, so the system pays for distribution without gaining independent deployment.',
  advice: 'Draw boundaries so that a service can ship alone: stable, versioned contracts, asynchronous events between services, and no shared release train.',
  decides: 'deployment',
  keywords: ['together', 'lockstep', 'lock-step', 'same time', 'simultaneous', 'at once', 'release', 'deploy', 'rebuild', 'bundle', 'version'],
  docs: docsUrl('distributed-monolith'),
  detector: {
    kind: 'phrases',
    patterns: [
      {
        re: '\\b(deploy|deployed|deploys|deploying|release|released|releases|ship|shipped|upgrade|upgraded|promote|promoted|promotes|roll(ed)? out|switch|switched|flip|flipped|cut over|go(es)? live|went live|go(es)? out|went out|go(es)? to (production|prod))\\b[^.;]{0,80}\\b(together(?! with)|in lock-?step|at the same time|simultaneously|all at once|as (a|one) (single )?(unit|bundle|release))\\b',
        // One application deployed as one unit is a monolith, not a distributed one; a decision taken together is not a release.
        // "A bad release touches both at the same time" tells a risk; "It is released as one unit" is one application.
        unless: '\\b(monolith|(one|a single|the same) ([a-z.]+ ){0,2}(application|app|deployable|binary|process|executable|program|jar|war)|belongs to|sign[- ]?off|(bad|broken|failed|faulty) (release|deploy|deployment))\\b|^(it|the (app|application|system|site|backend|service)) (is|gets) (released|deployed|shipped)\\b',
      },
      { re: '\\block-?step\\b' },
      // One version for the whole system: "we release all services with one version tag", "every service carries the same version number".
      { re: '\\b(all|every|each of the|the [a-z]+)\\b[^.;]{0,30}\\bservices?\\b[^.;]{0,40}\\b(one|a single|the same|a shared|a common) (version|release) (tag|number)\\b' },
      { re: '\\b(all|every|both)\\b[^.;]{0,40}\\bservices?\\b[^.;]{0,60}\\bin the same (blue-green |release |deployment )?(flip|release|deploy|deployment|window|train|drop)\\b' },
      { re: '\\b(coordinated|joint|single|combined) (drop|release window|cutover|cut-over)\\b' },
      // "…are promoted to production together in a single coordinated release".
      { re: '\\b(in|as) (a|one) (single )?(coordinated|joint|synchroni[sz]ed|combined|lockstep) (release|deploy|deployment|rollout)\\b', near: '\\b(services|svcs|all seven|all [0-9]+|every service)\\b' },
      { re: '\\bservices\\b[^.;]{0,60}\\b(all together|altogether|in (one|a single) (release|deploy|deployment|bundle)|as (one|a single) (release|bundle|deployment))\\b' },
      { re: '\\b(release|deploy|ship)[a-z]* (all|every) (the )?services (together|at once|in one go)\\b' },
      { re: '\\b(coordinated|joint|synchroni[sz]ed|big-bang|big bang|single|combined)\\b (release|releases|deploy|deployment|deployments|rollout)\\b[^.;]{0,40}\\b(all|every|services)\\b' },
      { re: '\\b(all|every|each of the)\\b[^.;]{0,10}\\bservices\\b[^.;]{0,40}\\b(must|have to|need to|has to|are)\\b[^.;]{0,30}\\b(re)?(deploy|deployed|release|released|upgraded)\\b[^.;]{0,20}\\b(together|at once|at the same time|in one go)' },
      { re: '\\b(change|changes|changing)\\b[^.;]{0,60}\\b(requires|require|forces|force|means)\\b[^.;]{0,40}\\b(redeploy|redeploying|re-deploy|redeployment|releasing|rebuilding)\\b[^.;]{0,30}\\b(all|every|other|both)\\b' },
      { re: '\\brelease train\\b[^.;]{0,60}\\b(all|every)\\b[^.;]{0,20}\\bservices\\b' },
      // One version and one release for the lot: "They are versioned together as Linen 2.x", "all 34 services … tagged with the same version",
      // "all four services travel on one release train", "the whole set goes out that night".
      { re: '\\b(services|they|all of them)\\b[^.;]{0,30}\\b(are|get|is) versioned together\\b' },
      { re: '\\b(all|every)\\b[^.;]{0,30}\\bservices?\\b[^.;]{0,80}\\b(tagged|versioned|stamped) with (one|a single|the same) (version|tag|release number)\\b' },
      { re: '\\b(all|every|both)\\b[^.;]{0,30}\\bservices\\b[^.;]{0,30}\\b(travel|ride|go|ship|are released) (on|in|with) (one|a single|the same) release train\\b' },
      { re: '\\bthe whole (set|system|platform|lot|estate)\\b[^.;]{0,20}\\b(goes|go|ships|is released|is deployed) (out|live)\\b' },
    ],
  },
};
