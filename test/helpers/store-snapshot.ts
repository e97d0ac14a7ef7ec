import type { FactStore } from '../../store/index.js';

/**
 * The store's counts and every fact's current version, less the recorded-time
 * stamps (when a run happened, not what it found) and less how many versions
 * led there (with entity resolution, history length depends on arrival order).
 * Two stores that reached the same facts have equal snapshots.
 */
export async function storeSnapshot(store: FactStore): Promise<unknown> {
  const { versions: _versions, ...counts } = await store.counts();
  const facts = (await store.listFacts()).map(({ fact, version }) => {
    const { recordedFrom: _from, recordedTo: _to, id: _id, seq: _seq, ...belief } = version;
    return { fact, version: belief };
  });
  facts.sort((a, b) => (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0));
  return { counts, facts };
}
