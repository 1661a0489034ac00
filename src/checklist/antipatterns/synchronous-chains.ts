import { docsUrl, type AntiPattern } from '../schema';

export const synchronousChains: AntiPattern = {
  id: 'synchronous-chains',
  title: 'Synchronous call chain',
  problem: 'A request waits on a chain of synchronous calls: latencies add up and the availability of the path is the product of every hop\'s availability.',
  advice: 'Cut the chain: answer from local data (replicated through events), move work that can wait to asynchronous messages, or collapse hops that always go together.',
  decides: 'communication',
  decidesPart: 'synchronous-calls',
  keywords: ['call', 'invok', 'quer', 'request', '->', 'wait', 'ask'],
  docs: docsUrl('synchronous-chains'),
  detector: { kind: 'call-chain', minHops: 3 },
};
