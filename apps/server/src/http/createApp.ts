import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { OidcSignIn } from '../auth/oidcSignIn';
import type { StaffAccess } from '../auth/StaffAccess';
import type { BoardAdmin } from '../core/BoardAdmin';
import type { BoardService } from '../core/BoardService';
import type { PeopleService } from '../core/PeopleService';
import { boardAdminRoutes } from './routes/boardAdmin';
import type { ServerConfig } from '../config';
import { apiError, onError } from './errors';
import { authRoutes, meRoute } from './routes/auth';
import { boardRoutes } from './routes/boards';
import { staffBoardRoutes } from './routes/staffBoards';
import { lobbyRoutes } from './routes/lobby';
import { peopleRoutes } from './routes/people';
import { ticketRoutes } from './routes/tickets';
import { webAppRoutes } from './routes/webApp';
import { OriginPolicy } from './originPolicy';
import { AddressLimiter, failureLimit, rateLimit } from './rateLimit';
import { requestGuards } from './requestGuards';
import { securityHeaders } from './securityHeaders';

/** Staff sign-in, when configured (KINBOARD_OIDC_*). */
export interface StaffSignIn {
  readonly signIn: OidcSignIn;
  readonly access: StaffAccess;
}

/** The HTTP side: API, health check and the web app. */
export function createApp(
  config: ServerConfig,
  boards: BoardService,
  admin: BoardAdmin,
  people: PeopleService,
  staff: StaffSignIn | null = null,
): Hono {
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
  const policy = new OriginPolicy(config);
  app.use('/api/*', requestGuards(policy));
  const { limits } = config;
  const perMinute = (n: number) => new AddressLimiter(n, Math.max(1, Math.floor(n / 2)));
  app.use('/api/tickets', failureLimit(perMinute(limits.refusedTicketsPerMinute), [401, 404], 'refused ticket requests'));
  app.use('/api/tickets', rateLimit(perMinute(limits.ticketsPerMinute), 'ticket requests'));
  app.post('/api/boards', rateLimit(perMinute(limits.boardsPerMinute), 'new boards'));
  const adminLimit = rateLimit(perMinute(limits.adminRequestsPerMinute), 'board requests');
  app.use('/api/boards/*', (c, next) => (/^\/api\/boards\/?$/.test(c.req.path) ? next() : adminLimit(c, next)));
  const linkFor = (c: Context, id: string, secret: string) => {
    const origin = policy.linkOrigin(c.req.url, c.req.header('host'));
    if (origin === null) throw apiError(403, 'host_not_allowed', 'Set KINBOARD_PUBLIC_ORIGIN so board links name this server');
    return `${origin}/b/${id}#${secret}`;
  };
  if (staff) app.route('/auth', authRoutes(staff.signIn, staff.access, config.logger));
  app.route('/api/me', meRoute(staff?.access ?? null));
  app.route('/api/boards', boardRoutes(boards, linkFor, config.staffKey, staff?.access ?? null));
  if (staff) {
    const retentionDays = config.retentionDays;
    app.route('/api/boards', staffBoardRoutes({ access: staff.access, boards, admin, linkFor, retentionDays, logger: config.logger }));
  }
  app.route('/api/boards', boardAdminRoutes(boards, admin, people, linkFor));
  app.route('/api/boards', peopleRoutes(boards, people, linkFor));
  app.route('/api/boards', lobbyRoutes(boards, people));
  app.route('/api/tickets', ticketRoutes(people));
  // What the web app needs to know about this deployment; nothing secret.
  app.get('/api/config', (c) => c.json({ tldrawLicenseKey: config.tldrawLicenseKey, signIn: staff !== null }));
  // The deployment's own plain-language terms, added to the dictionary the model ships.
  app.get('/api/dictionary', (c) => c.json({ terms: config.dictionaryTerms }));
  app.all('/api/*', () => {
    throw apiError(404, 'not_found', 'No such API endpoint');
  });
  if (config.webRoot) app.route('/', webAppRoutes(config.webRoot));
  return app;
}
