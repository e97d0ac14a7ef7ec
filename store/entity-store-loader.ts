import type * as EntityStore from './entity-store.js';

let loading: Promise<typeof EntityStore> | undefined;

/**
 * `entity-store.ts`, loaded when a method first needs it: it loads the name lexicon (`reconcile/entities.ts` →
 * compromise, about 0.75 s of CPU), which reads that never touch entities (`facts`, `claims`, the API's lists) should
 * not pay at start. The promise is kept: every `import()` call resolves its specifier again through the module
 * loader's hooks, and under tsx those run on another thread (about 1 ms of CPU a call, 3 s of a 1,000-article `run`
 * when each reconcile asked again; `bench/README.md`, session 23).
 */
export function entityStore(): Promise<typeof EntityStore> {
  loading ??= import('./entity-store.js');
  return loading;
}
