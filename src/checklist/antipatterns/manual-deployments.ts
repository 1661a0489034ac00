import { docsUrl, type AntiPattern } from '../schema';

/**
 * What is done by hand is a test, not the release: "QA tests the release candidate on staging by hand", "run the
 * validation scripts by hand before approval" (the labelling guide: manual testing is not this anti-pattern).
 */
const TESTED_BY_HAND =
  '\\b(test|tests|tested|testing|validation|validate|validates|verify|verifies|verification|dry-run|dry run|smoke|qa|acceptance|goes through|going through|clicks? through|clicking through)\\b(?:(?!\\b(deploy|deploys|deployed|install|installs|installed|copy|copies|copied|scp|rsync)\\b)[^.;]){0,80}\\b(by hand|manually)\\b|\\bmanually (test|tests|tested|testing|checks?|checked|verif(y|ies|ied)|validates?|clicks? through)\\b';

export const manualDeployments: AntiPattern = {
  id: 'manual-deployments',
  title: 'Manual deployments',
  problem: 'Releases are done by hand, so they are slow, error-prone and differ from one run to the next; with many services this does not scale.',
  advice: 'Give every service an automated CI/CD pipeline that builds, tests and deploys it, with an automated rollout strategy and rollback.',
  decides: 'deployment',
  keywords: ['manual', 'by hand', 'ssh', 'scp', 'ftp', 'rsync', 'laptop', 'workstation', 'machine', 'cop', 'upload', 'drag', 'ops', 'operations', 'sre', 'release', 'infra', 'remote desktop', 'rdp', 'logs into', 'log into', 'control panel', 'file manager', 'web console'],
  docs: docsUrl('manual-deployments'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "The JAR is copied to the four application servers by hand", "copy it to both app servers with scp".
      { re: '\\b(jar|jars|war|wars|binary|binaries|artifacts?|builds?|zip|packages?|it)\\b[^.;]{0,20}\\b(copied|uploaded|pushed|moved|copy|copies)\\b[^.;]{0,60}\\b(by hand|manually|with scp|over ssh|via ssh|using scp)\\b' },
      { re: '\\b(copy|copies|copied|scp)\\b[^.;]{0,40}\\b(servers?|hosts?|vms?|machines?|boxes)\\b[^.;]{0,20}\\b(with|via|over|using) (scp|ssh|ftp|rsync)\\b' },
      { re: '\\b(deploy|deploys|deployed|deploying|deployments?|release|releases|released|roll(ed|s)? out|ship|ships|shipped|install|installs|installed|upgrade|upgrades|upgraded|restart|restarts|restarting|restarted|push(ed|es)? to production|build|builds|building)\\b[^.;]{0,60}\\b(manually|by hand|by ssh|over ssh|via ssh|with ssh|(with|via|using|over) (scp|sftp|ftp|rsync)|(from|on) (a|their|his|her|my|our|own|the developer.s) (own )?(laptop|machine|workstation))\\b', unless: TESTED_BY_HAND },
      { re: '\\b(ssh|sshes|sshing)\\b[^.;]{0,12}\\b(in)?(to|into|onto)\\b[^.;]{0,30}\\b(servers?|hosts?|box|boxes|machines?|vms?|instances?|nodes?|droplets?|production|prod)\\b', near: '\\b(deploy|deploys|deploying|deployment|deployments|release|releases|releasing|runbook|rollout|ship|shipping|upgrade|git pull|docker compose up|docker-compose up|--build|restarts?)\\b' },
      { re: '\\b(run|runs|running|type|types|execute|executes|paste|pastes)\\b[^.;]{0,40}\\b(commands?|scripts?|steps)\\b[^.;]{0,30}\\bby hand\\b', near: '\\b(deploy|deploys|deploying|deployment|deployments|release|releases|releasing|upgrade|ship|shipping|rollout)', unless: TESTED_BY_HAND },
      // "scp it to both VMs and restart the unit", "run kubectl apply by hand for each service".
      { re: '\\b(scp|rsync|sftp)\\b ([a-z0-9-]+ ){0,3}(to|onto) (the |both |each |all |every |our |two |three |four )?([a-z0-9-]+ )?(servers?|hosts?|vms?|machines?|boxes|droplets?|instances?)\\b' },
      { re: '\\b(kubectl|helm|docker|terraform|ansible)\\b(?! (rollback|roll back|undo))[^.;]{0,30}\\bby hand\\b' },
      { re: '\\bmanual (deploy|deploys|deployment|deployments|release|releases|rollouts?|release process|release steps|production pushes|upgrades)\\b' },
      // "Dave copies yard-4.2.zip from the NAS onto YARD-APP01, …", "Releases are run from a developer's laptop".
      { re: '\\b(copy|copies|copied|copying)\\b [a-z0-9._-]+[. ](zip|jar|war|tar|tgz|msi|exe|rpm|deb)\\b[^.;]{0,40}\\b(onto|to|on)\\b' },
      { re: '\\b(release|releases|deploys?|deployments?)\\b[^.;]{0,30}\\b(run|made|done|pushed)\\b[^.;]{0,10}\\bfrom (a|the|one|their) (developer.s|engineer.s|dev.s) (own )?(laptop|machine|workstation)\\b' },
      // "an operator logs in over SSH and carries out runbook RB-114 by hand", "follows the release checklist on each host".
      { re: '\\b(logs?|logging) in (over|via|with|through) (ssh|rdp|remote desktop)\\b', near: '\\b(runbook|release|deploy|deployment|build|install|upgrade)\\b' },
      // A person at the machine: "Tom connects to SRV1 over Remote Desktop", "whoever is on call logs into the shed
      // PC, checks out the release tag and restarts the unit".
      { re: '\\b(connects?|connected|connecting|logs? (in|on)|logged (in|on)|logging (in|on))\\b[^.;]{0,40}\\b(over|via|with|through|using) (remote desktop|rdp)\\b' },
      { re: '\\b((logs?|logged|logging) ?(in)?(to|into|onto|on to)|login( to| into)?)\\b[^.;]{0,40}\\b(pcs?|servers?|vms?|box|boxes|machines?|hosts?)\\b[^.;]{0,80}\\b(restarts?|installs?|copies|checks? out|pulls?|unzips?|unpacks?|replaces?)\\b', near: '\\b(release|releases|deploy|deployment|version|build|tag|upgrade)\\b' },
      { re: '\\b(i|we|he|she|they|someone|whoever [a-z ]{1,20}|the ([a-z-]+ )?(operator|admin|administrator|owner|technician|engineer|developer|manager)) (copy|copies|copied|drag|drags|dragged|upload|uploads|uploaded|move|moves|moved)\\b[^.;]{0,30}\\b(new |latest )?(build|builds|release|jar|war|zip|binary|binaries|files|folder|package|version|installer|msi|setup)\\b[^.;]{0,30}\\b(onto|to|over|into|on)\\b' },
      { re: "\\b(uploads?|uploaded|uploading)\\b[^.;]{0,40}\\b(through|via|using|in) (the )?([a-z'-]+ ){0,2}(control panel|file manager|web console|admin panel|cpanel|ftp client)\\b" },
      { re: '\\b(over|via|through|using|in) (a |an )?(remote desktop|rdp)( session)?\\b', near: '\\b(release|releases|deploy|deployment|install|installs|installer|copies|copy|upgrade|version|build)' },
      { re: "\\b(at|on|from) (each|every|the) (server|machine|host|box|pc)'?s? (console|keyboard|desktop)\\b", near: '\\b(release|releases|deploy|deployment|build|version|copy|copying|install)' },
      { re: '\\b(carr(y|ies) out|follows?|works? through|executes?) (the |a |our )?(release |deployment |deploy |install )?(runbook|checklist|playbook|sheet|steps)\\b[^.;]{0,60}\\b(by hand|manually|on each (server|host|machine|vm|box|pc))\\b' },
      { re: '\\b(copy|copies|copied|copying|scp|upload|uploads|uploaded)\\b[^.;]{0,60}\\b(tarballs?|builds?|jars?|wars?|binaries|artefacts?|artifacts?|packages?|files)\\b[^.;]{0,60}\\b(servers?|hosts?|machines?|vms?|pcs?)\\b[^.;]{0,30}\\b(by hand|manually|with scp|over ssh)\\b' },
      { re: '\\bmanually (deploy|deploys|deployed|release|released|copy|copies|copied|upload|uploads|uploaded|restart|restarts|install|installs|run the|push|pushes)\\b' },
      // A person working through a written procedure on each server: "works through RELEASE.md on each of the four servers".
      { re: '\\b(works?|going|goes|walks?) through (the |a |our )?[a-z0-9_-]+(\\.(md|txt|docx?)|( [a-z0-9_-]+)?)\\b[^.;]{0,40}\\bon (each|every|all) (of )?(the )?([a-z0-9]+ )?(servers?|hosts?|machines?|vms?|boxes|nodes)\\b' },
      // A copy to a login on a host, then a shell there: "scp the tarball to lifeguard@t07.towers.internal, ssh in, unpack it".
      // The file name between may hold dots: "scp sync-agent-<ver>.tar.gz ops@edge-a:/opt/releases/".
      { re: '\\b(scp|rsync|sftp)\\b[^;]{0,60}?\\b[a-z0-9_-]+@[a-z0-9<>._-]+' },
      { re: '\\bssh [a-z0-9_-]+@[a-z0-9<>._-]+', near: '\\b(release|releases|deploy|deploys|deployment|jar|build|version|artifact|artefact|restart|upgrade)' },
      // "copies them with `scp` to /opt/rc/releases on each VM", "copy the new jar over the old one".
      { re: '\\b(copy|copies|copied|copying)\\b[^;]{0,30}?\\b(with|via|over|using) (scp|rsync|sftp|ftp)\\b' },
      { re: '\\b(copy|copies|copied|copying) the new (jar|war|binary|build|zip|package|dll|exe|files?) over the old\\b' },
      // "a new build is copied onto each VM by whoever is on the team that week".
      { re: '\\b(builds?|jars?|wars?|binar(y|ies)|artefacts?|artifacts?|packages?|releases?|zips?) (is|are|gets|get) (copied|uploaded|moved|pushed|dragged) (on)?to (each|every|all|both|the) ([a-z0-9-]+ )?(vms?|servers?|hosts?|machines?|boxes|box|pcs?|nucs?|nodes)\\b' },
      // A person copying the build to devices: "Jonas copies it to the two NUCs before round 1".
      { re: '\\b(copies|copied|uploads|uploaded|scps) (it|them|the (new )?(build|binary|jar|release|files?)) (on)?to (the |both |each |all |every )?((two|three|four|five|[0-9]+) )?([a-z0-9-]+ )?(vms?|servers?|hosts?|machines?|boxes|pcs?|nucs?|nodes|laptops|tablets|kiosks|devices)\\b', near: '\\b(binary|build|jar|release|version|artefact|artifact|deploy|deploys|deployment)\\b' },
      { re: '\\bssh in\\b[^.;]{0,40}\\b(unpack|unpacks|unzip|unzips|untar|restart|restarts|install|installs|replace|replaces|copy|copies)\\b' },
      // A build uploaded in a cloud or hosting console by a person: "uploads it in the Elastic Beanstalk console".
      { re: "\\b(uploads?|uploaded|uploading)\\b[^.;]{0,40}\\b(in|through|via|using|into) (the )?([a-z'-]+ ){0,3}(console|dashboard|portal)\\b", near: '\\b(release|releases|deploy|deploys|deployment|jar|build|version|zip|artifact|artefact)' },
      { re: '\\b(ssh|sshes|sshing|log|logs|logging) (in)?(to|into|onto) (the |each |every |all |a )?(production )?(servers?|hosts?|box|boxes|machines|vms?|instances|nodes|droplets?)\\b[^.;]{0,60}\\b(deploy|release|restart|copy|pull|install|upgrade|update)' },
      { re: '\\b(copy|copies|copied|copying|scp|ftp|upload|uploads|uploaded|uploading|drag)\\b[^.;]{0,40}\\b(jar|jars|war|wars|binary|binaries|artifacts?|build|builds|zip|packages?)\\b[^.;]{0,40}\\b(servers?|hosts?|production|machines?|vms?)\\b' },
      { re: '\\b(ops|operations|sre|release|infra|infrastructure) (team|engineer|engineers|manager)s?\\b(?!:)[^.;:·|]{0,30}\\b(deploys?|runs? the (deploy|release)|push(es)? the release|follows? a (runbook|checklist|wiki page))\\b',
        // A click or an approval that starts an automated rollout is not a manual deployment.
        unless: '\\b(click|clicks|clicking|press|presses|pressing|approve|approves|approving)\\b' },
    ],
  },
};
