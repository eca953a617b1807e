/**
 * Staff sign-in in a real browser, through a real OpenID provider's login page (oidc-provider on
 * loopback): a chair signs in, makes a board, finds it under "My boards", hands it to a colleague
 * who has signed in on another device, the colleague opens it as facilitator without a link, and
 * the chair signs out.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { enterName } from './support/fixtures';
import { freePort, startKinboardServer, type KinboardServer } from './support/kinboardServer';
import { startOidcProvider, type TestProvider } from './support/oidcProvider';

const CLIENT = { clientId: 'kinboard-e2e', clientSecret: 'kinboard-e2e-client-secret-0123456789' };

let provider: TestProvider;
let server: KinboardServer;

test.beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider({ ...CLIENT, redirectUri: `${origin}/auth/callback` });
  server = await startKinboardServer({
    port,
    env: {
      KINBOARD_PUBLIC_ORIGIN: origin,
      KINBOARD_OIDC_ISSUER: provider.issuer,
      KINBOARD_OIDC_CLIENT_ID: CLIENT.clientId,
      KINBOARD_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      KINBOARD_RETENTION_DAYS: '10',
    },
  });
});

test.afterAll(async () => {
  await server?.dispose();
  await provider?.stop();
});

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** Opens Kinboard on a new device and signs in as `login` through the provider's login page. */
async function signIn(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(`${server.origin}/`);
  const name = `${login.charAt(0).toUpperCase()}${login.slice(1)} Example`;
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  return page;
}

test('a chair signs in, makes a board, finds it in My boards, hands it to a colleague, and signs out', async ({ browser }) => {
  const alice = await signIn(browser, 'alice');
  await expect(alice.getByRole('heading', { name: 'My boards' })).toBeVisible();
  await expect(alice.getByText('You have no boards yet.')).toBeVisible();

  await alice.getByLabel('Meeting title', { exact: true }).fill('Rivera family network meeting');
  await alice.getByRole('button', { name: 'Create board', exact: true }).click();
  await expect(alice.getByLabel('Facilitator link', { exact: true })).toBeVisible();
  await alice.getByRole('button', { name: 'Make another board', exact: true }).click();

  const myBoards = alice.getByRole('region', { name: 'My boards' });
  const item = myBoards.getByRole('listitem').filter({ hasText: 'Rivera family network meeting' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Last used');
  // Ten days' retention: the board is within the warning window, with its date.
  await expect(item).toContainText('Will be deleted on');

  // The colleague has signed in before, on their own device.
  const bob = await signIn(browser, 'bob');
  await expect(bob.getByText('You have no boards yet.')).toBeVisible();

  await item.getByRole('button', { name: /^Hand to a colleague/ }).click();
  expect(await seriousViolations(alice)).toEqual([]);
  await alice.getByLabel('Colleague’s email address').fill('bob@council.example');
  await alice.getByRole('button', { name: 'Hand over', exact: true }).click();
  await expect(alice.getByRole('status')).toHaveText('“Rivera family network meeting” is now Bob Example’s board.');
  await expect(item).toHaveCount(0);

  await bob.reload();
  const bobsItem = bob
    .getByRole('region', { name: 'My boards' })
    .getByRole('listitem')
    .filter({ hasText: 'Rivera family network meeting' });
  await expect(bobsItem).toBeVisible();
  await bobsItem.getByRole('button', { name: /^Open as facilitator/ }).click();
  await expect(bob).toHaveURL(new RegExp(`^${server.origin}/b/[A-Za-z0-9_-]+#.+$`));
  await enterName(bob, 'Bob');

  await alice.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(alice.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  expect(await seriousViolations(alice)).toEqual([]);
  await expect(alice.getByRole('heading', { name: 'My boards' })).toHaveCount(0);
  expect(await alice.evaluate(() => fetch('/api/me').then((r) => r.status))).toBe(401);
});
