import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { BoardAdmin } from '../core/BoardAdmin';
import type { BoardService } from '../core/BoardService';
import type { PeopleService } from '../core/PeopleService';
import { boardAdminRoutes } from './routes/boardAdmin';
import type { ServerConfig } from '../config';
import { apiError, onError } from './errors';
import { boardRoutes } from './routes/boards';
import { lobbyRoutes } from './routes/lobby';
import { peopleRoutes } from './routes/people';
import { ticketRoutes } from './routes/tickets';
import { webAppRoutes } from './routes/webApp';
import { securityHeaders } from './securityHeaders';

/** The HTTP side: API, health check and the web app. */
export function createApp(config: ServerConfig, boards: BoardService, admin: BoardAdmin, people: PeopleService): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.onError(onError(config.log));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.limits.maxRequestBytes,
      onError: () => {
        throw apiError(413, 'too_large', `The request body must be at most ${config.limits.maxRequestBytes} bytes`);
      },
    }),
  );
  const linkFor = (c: Context, id: string, secret: string) => `${config.publicOrigin ?? new URL(c.req.url).origin}/b/${id}#${secret}`;
  app.route('/api/boards', boardRoutes(boards, linkFor, config.staffKey));
  app.route('/api/boards', boardAdminRoutes(boards, admin, people, linkFor));
  app.route('/api/boards', peopleRoutes(boards, people, linkFor));
  app.route('/api/boards', lobbyRoutes(boards, people));
  app.route('/api/tickets', ticketRoutes(people));
  // What the web app needs to know about this deployment; nothing secret.
  app.get('/api/config', (c) => c.json({ tldrawLicenseKey: config.tldrawLicenseKey }));
  // The deployment's own plain-language terms, added to the dictionary the model ships.
  app.get('/api/dictionary', (c) => c.json({ terms: config.dictionaryTerms }));
  app.all('/api/*', () => {
    throw apiError(404, 'not_found', 'No such API endpoint');
  });
  if (config.webRoot) app.route('/', webAppRoutes(config.webRoot));
  return app;
}
