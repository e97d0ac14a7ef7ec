import { InputError } from '../../errors.js';
import type { ApiDeps } from '../server.js';
import { EntityBody, EntityList, EntityParams, EntityQuery, ErrorBody } from '../schemas.js';
import { security, type Access, type Api } from '../types.js';

/** Entities: the people, organisations, places and projects the articles name, with their mentions and facts. */
export function registerEntityRoutes(api: Api, deps: ApiDeps, read: Access): void {
  api.get(
    '/api/entities',
    {
      ...read,
      schema: {
        tags: ['entities'],
        summary: 'Entities (people, organisations, places, projects) the articles name, most mentioned first',
        description: 'Variants printed two ways in two articles (a misspelt given name with the same surname and organisation, a spelt-out acronym) are one entity.',
        security: security(read),
        querystring: EntityQuery,
        response: { 200: EntityList, 401: ErrorBody },
      },
    },
    async (request) => ({ items: await deps.store.listEntities({ type: request.query.type ?? null, search: request.query.search ?? null, limit: request.query.limit }) }),
  );

  api.get(
    '/api/entities/:id',
    {
      ...read,
      schema: {
        tags: ['entities'],
        summary: 'One entity with its aliases, where each article names it (outlet, title, quote, span) and the facts its claims support',
        description: 'A variant that was joined to another entity answers as the entity it joined.',
        security: security(read),
        params: EntityParams,
        response: { 200: EntityBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const found = await deps.store.getEntity(request.params.id);
      if (!found) throw new InputError(request.params.id, 'no such entity');
      return found;
    },
  );
}
