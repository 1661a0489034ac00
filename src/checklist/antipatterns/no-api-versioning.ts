import { docsUrl, type AntiPattern } from '../schema';

export const noApiVersioning: AntiPattern = {
  id: 'no-api-versioning',
  title: 'No API versioning',
  problem: 'APIs and events change in place, so a breaking change in one service breaks every consumer at once.',
  advice: 'Version APIs and event schemas (/v1, a header, a schema registry), keep changes backward compatible, and retire old versions only after consumers move.',
  decides: 'communication',
  decidesPart: 'synchronous-calls',
  keywords: ['version', 'breaking', 'in place', 'same release', 'same deploy', 'same change', 'same commit', 'same time', 'at once', 'immediately', 'same day', 'together', 'whatever', 'same endpoint', 'same path', 'same route', 'same url', 'same api', 'directly'],
  docs: docsUrl('no-api-versioning'),
  detector: {
    kind: 'phrases',
    patterns: [
      { re: '\\bbreaking ([a-z]+ )?changes?\\b[^.;]{0,30}\\b(shipped|pushed|released|made|deployed) in place\\b' },
      { re: '\\b(api|apis|endpoints?|contracts?)\\b[^.;]{0,20}\\b(has|have) no (version|versions|version prefix)\\b', absence: true },
      { re: '\\bno version prefix\\b', absence: true },
      // Terse notes: "no /v1, no version headers on internal APIs".
      { re: '\\bno (/v1|/v[0-9]|v1 prefix|url versions?|version headers?|version numbers?)\\b', absence: true },
      // "served at /routes/... with no version in the path, header or media type".
      { re: '\\bno version (in|on) (the )?(path|url|uri|header|headers|media type|route)\\b', absence: true },
      { re: '\\b(no|without a?) version segment\\b', absence: true },
      { re: '\\bno (endpoint|api|route|path) carries a version\\b', absence: true },
      // "The contract is whatever the code on main returns today".
      { re: '\\bthe contract( for [a-z ]{1,20})? is whatever\\b' },
      { re: '\\b(ships?|shipped|deploys?|deployed|releases?|released|pushes|pushed|puts? out) (the )?(new )?(shape|field|fields|response|payload|contract) in place\\b' },
      // "we change it directly in the routes service and deploy": a field changed where it is served.
      { re: '\\b(change|changes|changed|rename|renames|renamed) (it|them|the field|fields|the api|the response|the payload) directly\\b', near: '\\b(field|fields|name|type|api|response|payload|app|clients?)\\b' },
      { re: '\\b(api|apis|contract|contracts|interface|response|responses|payload|payloads)\\b( for [a-z ]{1,20})? (is|are) (just |simply )?whatever\\b' },
      // A change put out on the same endpoints, its consumers mended after: "deployed straight onto the same /lots endpoint".
      { re: '\\b(changes?|renames?|deployed|shipped|released|pushed)\\b[^.;]{0,40}\\b(straight )?(onto|to|on) the same\\b[^.;]{0,30}\\b(endpoints?|paths?|urls?|routes?|api|apis)\\b' },
      { re: '\\b(renamed|retyped|removed|moved|dropped)\\b[^.;]{0,30}\\b(in place|ship in place)\\b' },
      // "when a field is renamed or a response changes, it changes in place on the next deploy".
      { re: '\\b(field|fields|response|responses|shape|shapes|payload|payloads)\\b[^.;]{0,60}\\b(changes?|changed|is changed|are changed) in place\\b' },
      { re: '\\bno (api |endpoint |schema |contract )?versioning\\b', absence: true },
      { re: '\\b(apis?|endpoints?|contracts?|schemas?|events?)\\b[^.;]{0,20}\\b(are|is|stay|remain)\\b (not|never|un)[ -]?versioned\\b', absence: true },
      { re: '\\bunversioned\\b', absence: true },
      { re: '\\bno (api |schema |endpoint |contract )?versions\\b', absence: true },
      { re: '\\b(api|apis|payloads?|contracts?|schemas?|endpoints?|messages?|events?)\\b[^.;]{0,40}\\b(change|changes|changed)\\b[^.;]{0,30}\\bin place\\b' },
      { re: '\\bwithout (any )?(api |schema )?version(ing|s| numbers?)?\\b', absence: true },
      { re: "\\bwe (do not|don't|never|won't|will not) version\\b", absence: true },
      { re: "\\b(do not|don't|never|not) (make|do|use|have|add|apply|practi[sc]e) (any )?(api |schema )?versioning\\b", absence: true },
      { re: '\\b(update|change|fix|adapt) all (the )?(callers|clients|consumers|other services)\\b[^.;]{0,30}\\b(same|one) (release|deploy|deployment|change|commit|go)\\b' },
      { re: '\\bbreaking changes?\\b[^.;]{0,60}\\b(directly|in place|immediately|straight to production|without (notice|warning|versioning)|whenever|as needed)\\b' },
      { re: '\\b(change|changes|update|updates|modify|modifies|rename|renames)\\b[^.;]{0,40}\\b(api|apis|contract|contracts|schema|schemas|endpoints?|payloads?)\\b[^.;]{0,30}\\bin place\\b' },
      { re: '\\b(all )?(clients|consumers|callers|other services)\\b[^.;]{0,40}\\b(must|have to|need to|are expected to)\\b[^.;]{0,20}\\b(update|upgrade|change|adapt)\\b[^.;]{0,40}\\b(same time|together|at once|immediately|same day)' },
    ],
  },
};
