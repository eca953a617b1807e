/**
 * The suite's fixtures: a real Kinboard server for each test, and people — each person is a
 * separate BrowserContext, so they share nothing but the server, like people on separate devices.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { COLUMNS, column, connectionStatus } from './board';
import { startKinboardServer, type KinboardServer } from './kinboardServer';

export interface Person {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

export interface People {
  /** A new person opens a URL on their own device, and does nothing else yet. */
  open(url: string, name?: string): Promise<Person>;
  /** A new person opens a board link, gives their name, and waits until the board is connected. */
  join(link: string, name: string): Promise<Person>;
  /** Calls `watch` with every context created from now on, before its first page opens. */
  onNewContext(watch: (context: BrowserContext) => void): void;
}

/** Answers the name prompt and waits for the board to be connected. */
export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join meeting', exact: true }).click();
  await expectBoardReady(page);
}

/** Waits until the board's columns are on screen and the page is connected to the server. */
export async function expectBoardReady(page: Page): Promise<void> {
  for (const title of COLUMNS) await expect(column(page, title)).toBeVisible();
  await expect(connectionStatus(page)).toHaveText('Connected', { timeout: 10_000 });
}

export const test = base.extend<{ server: KinboardServer; people: People }>({
  server: async ({}, use, testInfo) => {
    const server = await startKinboardServer();
    try {
      await use(server);
    } finally {
      await server.dispose();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server.log', { body: server.log(), contentType: 'text/plain' });
      }
    }
  },

  people: async ({ browser }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const watchers: Array<(context: BrowserContext) => void> = [];
    const browserLog: string[] = [];

    const open = async (url: string, name = `person ${contexts.length + 1}`): Promise<Person> => {
      const context = await browser.newContext();
      contexts.push(context);
      for (const watch of watchers) watch(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => browserLog.push(`[${name}] page error: ${error.stack ?? error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          browserLog.push(`[${name}] console.${message.type()}: ${message.text()}`);
        }
      });
      await page.goto(url);
      return { name, context, page };
    };

    await use({
      open,
      async join(link, name) {
        const person = await open(link, name);
        await enterName(person.page, name);
        return person;
      },
      onNewContext(watch) {
        watchers.push(watch);
      },
    });

    if (testInfo.status !== testInfo.expectedStatus && browserLog.length > 0) {
      await testInfo.attach('browser-console.log', { body: browserLog.join('\n'), contentType: 'text/plain' });
    }
    await Promise.all(contexts.map((context) => context.close()));
    // A page looked up an English message none of its loaded code brought (the build's split by
    // chunk missed how the code names it): the person saw "…" for a moment. Every test checks it.
    const unbrought = browserLog.filter((line) => line.includes('was not with the code that uses it'));
    expect(unbrought, 'English messages the built chunks did not bring').toEqual([]);
  },
});

export { expect };
