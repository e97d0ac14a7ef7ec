/**
 * The layers hold (issue 17, "Layers"): `store/` persists and runs transactions and reads no language, so it never
 * imports the extractor (`extract/`) nor the wiring above it (`queues/`, `cli/`, `api/`, `web/`); `reconcile/` is the
 * pure reconciliation domain and never imports the extractor either: what both need of words is in `lexicon/`.
 * Read from the sources, static and dynamic imports alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every `.ts` file under a top-level folder, relative to the repository. */
function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(folder, f));
}

/** The top-level folders a file imports from (relative specifiers only: packages are no layer). */
function importedFolders(file: string, text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[1]!));
    found.add(target.split(path.sep)[0]!);
  }
  return [...found];
}

const RULES: { folder: string; never: string[] }[] = [
  { folder: 'store', never: ['extract', 'queues', 'cli', 'api', 'web'] },
  { folder: 'reconcile', never: ['extract', 'store', 'queues', 'cli', 'api', 'web'] },
];

describe('layers', () => {
  for (const { folder, never } of RULES) {
    test(`${folder}/ imports none of ${never.join(', ')}`, () => {
      const broken = sources(folder).flatMap((file) =>
        importedFolders(file, readFileSync(path.join(ROOT, file), 'utf8'))
          .filter((f) => never.includes(f))
          .map((f) => `${file} -> ${f}`),
      );
      expect(broken).toEqual([]);
    });
  }

  test('the check sees static, dynamic and re-exporting imports', () => {
    const text = `import { a } from '../extract/a.js';\nexport { b } from "../queues/b.js";\nconst c = await import('../cli/c.js');\nimport '../web/d.js';\nimport { z } from 'zod';`;
    expect(importedFolders('store/x.ts', text).sort()).toEqual(['cli', 'extract', 'queues', 'web']);
    expect(importedFolders('store/sub/x.ts', `import { a } from '../y.js';`)).toEqual(['store']);
  });
});
