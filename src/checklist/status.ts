// How an item's status reads in the Checklist view and hovers. Tiny on purpose: the editor's adapters import it
// at activation, before the engine bundle loads.
import type { ItemResult } from './engine';

export function statusLabel(item: Pick<ItemResult, 'status' | 'outOfScopeBy'>): string {
  if (item.status !== 'out-of-scope') return item.status;
  return item.outOfScopeBy === 'configuration' ? 'out of scope by configuration' : 'out of scope by author';
}
