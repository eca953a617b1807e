/**
 * The built web app: hashed assets cached for a year, every page route answered with
 * index.html so /b/{id} opens the board.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function webAppRoutes(webRoot: string): Hono {
  const app = new Hono();
  const indexPath = path.join(webRoot, 'index.html');
  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
    serveStatic({ root: path.relative(process.cwd(), webRoot) || '.' }),
  );
  app.use('*', serveStatic({ root: path.relative(process.cwd(), webRoot) || '.' }));
  app.get('*', async (c) => {
    if (!fs.existsSync(indexPath)) {
      return c.text('The web app has not been built. Run `pnpm --filter @kinboard/web build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(indexPath, 'utf8'));
  });
  return app;
}
