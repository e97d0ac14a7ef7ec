import type { Command } from 'commander';
import { ArticleExport } from '../../model/index.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP } from './discover.js';

export function registerArticle(program: Command, context: CliContext): void {
  program
    .command('article')
    .description('print the article text and metadata found in one file or web page (nothing is stored)')
    .argument('<file>', 'a .txt or .html file, a page URL, or a feed/sitemap URL (its newest article)')
    .option('--published <YYYY-MM-DD>', 'publish date to report (default: manifest.json, then page metadata)')
    .option('--json', 'print {url, canonical, title, byline, published, lang, text}')
    .option(ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP)
    .action(async (file: string, options: { published?: string; json?: boolean; allowAddress?: string }) => {
      const { loadOneArticle } = await import('../document.js');
      const { article } = await loadOneArticle(file, options.published, options.allowAddress, context.config.allowAddresses);
      const exported = ArticleExport.parse({
        url: article.url,
        canonical: article.canonical,
        title: article.title,
        byline: article.byline,
        published: article.published,
        lang: article.lang,
        text: article.text,
      });
      if (options.json) {
        context.json(exported);
        return;
      }
      context.out(`title      ${exported.title ?? '—'}`);
      context.out(`byline     ${exported.byline ?? '—'}`);
      context.out(`published  ${exported.published ?? '—'}`);
      context.out(`url        ${exported.url ?? '—'}`);
      context.out(`canonical  ${exported.canonical ?? '—'}`);
      context.out(`lang       ${exported.lang ?? '—'}`);
      context.out(`sha256     ${article.contentHash}`);
      context.out('');
      context.out(exported.text);
    });
}
