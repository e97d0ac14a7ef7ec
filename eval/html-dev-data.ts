/**
 * The L3S-GN1 dev set in `../shared/data/html-dev` (its README.txt): 621 news pages
 * with hand-marked article text in `ground-truth.json`. Research licence: read at
 * run time, written only to temporary folders, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, ValidationError } from '../errors.js';

/** `../shared/data/html-dev`, beside the repository. */
export const HTML_DEV_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'html-dev');

/** One page of `ground-truth.json`: `articleBody` is the hand-marked article text (label 2 of the annotation). */
export const HtmlDevPage = z.looseObject({
  articleBody: z.string(),
  url: z.string().nullable().optional(),
  headline: z.string().nullable().optional(),
});
export type HtmlDevPage = z.infer<typeof HtmlDevPage>;

export const HtmlDevTruth = z.record(z.string(), HtmlDevPage);
export type HtmlDevTruth = z.infer<typeof HtmlDevTruth>;

/**
 * Reads `ground-truth.json` of an html-dev folder, page id → page.
 *
 * @throws InputError naming the folder when it or its `ground-truth.json` is missing; ValidationError when the file
 *   is not the expected shape.
 */
export function readHtmlDevTruth(dataDir: string = HTML_DEV_DIR): HtmlDevTruth {
  const file = path.join(dataDir, 'ground-truth.json');
  if (!existsSync(file)) {
    throw new InputError(dataDir, 'html-dev data not found (needs ground-truth.json; the benchmark is read at run time, never kept in the repository)');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new InputError(file, 'cannot read html-dev ground truth', { cause });
  }
  const parsed = HtmlDevTruth.safeParse(raw);
  if (!parsed.success) throw new ValidationError(file, 'html-dev ground truth', parsed.error);
  return parsed.data;
}
