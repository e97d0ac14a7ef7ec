import { InputError } from '../../errors.js';
import type { ApiDeps } from '../server.js';
import { ErrorBody, StoryBody, StoryList, StoryParams, StoryQuery } from '../schemas.js';
import { security, type Access, type Api } from '../types.js';

/** Stories: articles about one event over time, and the facts they report. */
export function registerStoryRoutes(api: Api, deps: ApiDeps, read: Access): void {
  api.get(
    '/api/stories',
    {
      ...read,
      schema: {
        tags: ['stories'],
        summary: 'Stories (articles about one event over time), most recent first, with their articles',
        description: 'A story gathers the articles that share names and words about one event; its generic facts (a death toll, "the deal") are scoped to it.',
        security: security(read),
        querystring: StoryQuery,
        response: { 200: StoryList, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await deps.store.listStories({ limit: request.query.limit }) }),
  );

  api.get(
    '/api/stories/:id',
    {
      ...read,
      schema: {
        tags: ['stories'],
        summary: 'One story with its articles and the facts they report',
        description: 'A story that was merged into another (a later article linked them) answers as the story it joined.',
        security: security(read),
        params: StoryParams,
        response: { 200: StoryBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const found = await deps.store.getStory(request.params.id);
      if (!found) throw new InputError(request.params.id, 'no such story');
      return found;
    },
  );
}
