import type { Command } from 'commander';
import { ClaimsExport, type ClaimDraft } from '../../model/index.js';
import { formatValue, table, truncate } from '../format.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP } from './discover.js';

export function registerExtract(program: Command, context: CliContext): void {
  program
    .command('extract')
    .description('extract claims from one file and print them (nothing is stored)')
    .argument('<file>', 'a .txt or .html file, or a page, feed or sitemap URL')
    .option('--published <YYYY-MM-DD>', 'reference date for relative dates (default: manifest.json, then page metadata)')
    .option('--json', 'print the claims export of FORMAT.md')
    .option('--kind <kind>', 'only claims of this kind (figure, person, date, project)')
    .option('--explain', 'show each claim in its sentence with the rule that produced it')
    .option(ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP)
    .action(async (file: string, options: { published?: string; json?: boolean; kind?: string; explain?: boolean; allowAddress?: string }) => {
      const [{ extractClaims, toClaimsExport }, { loadOneArticle }] = await Promise.all([
        import('../../extract/index.js'),
        import('../document.js'),
      ]);
      const { article } = await loadOneArticle(file, options.published, options.allowAddress, context.config.allowAddresses);
      let claims = extractClaims({ text: article.text, published: article.published });
      if (options.kind) claims = claims.filter((c) => c.kind === options.kind);
      if (options.json) {
        context.json(ClaimsExport.parse(toClaimsExport(article.doc, article.published, article.text, claims)));
        return;
      }
      context.err(`${article.doc}: published ${article.published ?? 'unknown'}, ${claims.length} claims`);
      if (options.explain) {
        for (const claim of claims) context.out(explainClaim(article.text, claim));
        return;
      }
      context.out(
        table([
          ['kind', 'span', 'quote', 'value', 'subject | predicate', 'hedge'],
          ...claims.map((c) => [
            c.kind,
            `${c.start}-${c.end}`,
            truncate(c.quote, 40),
            truncate(formatValue(c.value), 40),
            truncate(`${c.subject ?? '—'} | ${c.predicate ?? '—'}`, 50),
            c.hedge ?? '—',
          ]),
        ]),
      );
    });
}

/** The claim's sentence with the span in [brackets], then what was extracted and by which rule. */
export function explainClaim(text: string, claim: ClaimDraft): string {
  const { start, end } = sentenceAround(text, claim.start, claim.end);
  const sentence = `${text.slice(start, claim.start)}[${text.slice(claim.start, claim.end)}]${text.slice(claim.end, end)}`;
  return [
    `${claim.kind} ${claim.start}-${claim.end}  rule ${claim.rule}  confidence ${claim.confidence.toFixed(2)}`,
    `  ${sentence.replace(/\s+/g, ' ').trim()}`,
    `  → ${formatValue(claim.value)}; ${claim.subject ?? '—'} | ${claim.predicate ?? '—'}; ` +
      `${claim.hedge ?? 'no hedge'}${claim.attribution ? `, per ${claim.attribution}` : ''}`,
    '',
  ].join('\n');
}

function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  // A boundary is a newline, or . ! ? then white space and no lower-case word: "2.5" and "the U.S. company" are inside a sentence.
  const isBoundary = (i: number) =>
    text[i] === '\n' || (/[.!?]/.test(text[i] ?? '') && /^(\s+(?![a-z])|$)/.test(text.slice(i + 1, i + 3)));
  let start = from;
  while (start > 0 && !isBoundary(start - 1)) start -= 1;
  let end = to;
  while (end < text.length && !isBoundary(end)) end += 1;
  return { start, end: Math.min(text.length, end + 1) };
}
