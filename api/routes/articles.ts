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
        summary: 'Every article (no text): outlet, date and how many claims it gave; a page edited at its URL is one row, its latest version, with how many versions it has',
        description: 'Ordered by document name. An earlier version of an edited page is read by its id at `GET /api/articles/{id}` (its `supersededBy` names the next one).',
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
      const [views, [summary]] = await Promise.all([deps.store.claimViews({ articleId: article.id }), deps.store.articleSummaries(article.id)]);
      // The server's own file path is no business of its readers: the document name identifies the file.
      return {
        article: { ...article, path: null },
        source: summary?.source ?? views[0]?.source ?? null,
        version: summary?.version ?? 1,
        versions: summary?.versions ?? 1,
        supersededBy: summary?.supersededBy ?? null,
        claims: views.map(claimItem),
      };
    },
  );
}
