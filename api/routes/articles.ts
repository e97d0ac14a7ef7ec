import { InputError } from '../../errors.js';
import type { ApiDeps } from '../server.js';
import { ArticleBody, ArticleIdParams, ArticleList, ErrorBody } from '../schemas.js';
import { security, type Access, type Api } from '../types.js';
import { claimItem } from './reviews.js';

export function registerArticleRoutes(api: Api, deps: ApiDeps, read: Access): void {
  api.get(
    '/api/articles',
    {
      ...read,
      schema: {
        tags: ['articles'],
        summary: 'Every article (no text): outlet, date and how many claims it gave',
        security: security(read),
        response: { 200: ArticleList, 401: ErrorBody },
      },
    },
    async () => ({ items: await deps.store.articleSummaries() }),
  );

  api.get(
    '/api/articles/:id',
    {
      ...read,
      schema: {
        tags: ['articles'],
        summary: 'One article (by id or document name) with its claims as spans into its text',
        description: 'Spans are UTF-16 offsets, end exclusive. The text is the article as extracted: render it as text, never as HTML.',
        security: security(read),
        params: ArticleIdParams,
        response: { 200: ArticleBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const article = await deps.store.getArticle(request.params.id);
      if (!article) throw new InputError(request.params.id, 'no such article');
      const views = await deps.store.claimViews({ articleId: article.id });
      const source = views[0]?.source ?? (await deps.store.articleSummaries(article.id))[0]?.source ?? null;
      // The server's own file path is no business of its readers: the document name identifies the file.
      return { article: { ...article, path: null }, source, claims: views.map(claimItem) };
    },
  );
}
