/**
 * The safety plan (issue 5): two people draft it together and each sees the other's rules live;
 * a danger statement no rule answers shows as a gap until a rule answers it; the printed copy
 * holds every rule and none of the screen's controls; the Markdown copy is named for the board
 * and recorded in the audit trail without ever carrying the board's link.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { addStatementToDomain } from '@kinboard/model';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { WORRIES, column } from './support/board';
import { expect, test } from './support/fixtures';
import { SERVER_DIR } from './support/paths';

const DANGER = 'We are worried that Sam will be hurt when Dad has been drinking.';
const RULE_GRAN = 'Gran collects Sam from school every day and stays until Mum is home.';
const RULE_DAD = 'Dad does not drink when Sam is at home.';
const GAP_BESIDE = 'No rule in the safety plan answers this yet';

/** The little of y-websocket's provider this test uses (its types live in the server's dependencies). */
interface SeedProvider {
  on(event: 'sync', listener: (synced: boolean) => void): void;
  destroy(): void;
}

/**
 * Puts a danger statement on the board through a stock y-websocket client, as another device
 * would, so this test does not depend on how the case map files statements. The server's own
 * copies of y-websocket and ws are used, with the one yjs module the model package loads.
 */
async function seedDangerStatement(origin: string, link: string, text: string): Promise<void> {
  const url = new URL(link);
  const boardId = url.pathname.split('/').pop()!;
  const secret = decodeURIComponent(url.hash.slice(1));
  const response = await fetch(`${origin}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ board: boardId, secret }),
  });
  expect(response.ok, 'a ticket for the seeding client').toBe(true);
  const { ticket } = (await response.json()) as { ticket: string };
  const fromServer = createRequire(path.join(SERVER_DIR, 'package.json'));
  // As ES modules, the same instance of yjs the model package was loaded with.
  const esm = (name: string, entry: string) =>
    import(pathToFileURL(path.join(path.dirname(fromServer.resolve(`${name}/package.json`)), entry)).href);
  const Y = (await esm('yjs', 'dist/yjs.mjs')) as { Doc: new () => Parameters<typeof addStatementToDomain>[0] };
  const { WebsocketProvider } = (await esm('y-websocket', 'src/y-websocket.js')) as {
    WebsocketProvider: new (...args: unknown[]) => SeedProvider;
  };
  const WebSocket: unknown = fromServer('ws');
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/sync`, boardId, doc, {
    params: { ticket },
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The seeding client did not sync')), 10_000);
      provider.on('sync', (synced: boolean) => {
        if (synced) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    addStatementToDomain(doc, { domain: 'danger-statements', text, author: { id: 'seed', name: 'Social worker' } });
    // Give the update time to leave this socket; the browsers' own assertions confirm it arrived.
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    provider.destroy();
  }
}

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Safety plan', level: 2 })).toBeVisible();
}

function ruleBoxes(page: Page) {
  return page.getByRole('textbox', { name: 'What will happen', exact: true });
}

async function ruleTexts(page: Page): Promise<string[]> {
  return ruleBoxes(page).evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
}

async function addRule(page: Page, text: string): Promise<void> {
  const before = await ruleBoxes(page).count();
  await page.getByRole('button', { name: 'Add a rule', exact: true }).click();
  await expect(ruleBoxes(page)).toHaveCount(before + 1);
  const focused = ruleBoxes(page).and(page.locator(':focus'));
  await expect(focused, 'the new rule’s words should have the focus').toHaveCount(1);
  await page.keyboard.type(text);
  await expect(focused).toHaveValue(text);
}

function network(page: Page) {
  return page.getByRole('region', { name: /^The family's network/ });
}

async function addToNetwork(page: Page, name: string, relationship: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a person to the network', exact: true });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Who they are to the child', { exact: true }).fill(relationship);
  await form.getByRole('button', { name: 'Add person', exact: true }).click();
  await expect(network(page).getByText(name, { exact: true })).toBeVisible();
}

function gapFlags(page: Page) {
  return page.getByText('No rule answers this yet', { exact: true });
}

test('two people draft the plan together, keep its network, close a gap, and download a copy', async ({ server, people }, testInfo) => {
  const links = await server.createBoard('The Smith family');
  const alice = await people.join(links.facilitator, 'Alice');
  const bob = await people.join(links.participant, 'Bob');
  await openPlan(alice.page);
  await openPlan(bob.page);

  await test.step('a danger statement with no rule is a gap on the plan', async () => {
    await seedDangerStatement(server.origin, links.facilitator, DANGER);
    for (const { page } of [alice, bob]) {
      await expect(page.getByRole('list', { name: /danger statements and the rules/ }).getByText(DANGER)).toBeVisible();
      await expect(gapFlags(page)).toHaveCount(1);
    }
  });

  await test.step('the network is kept from the plan: added, changed and removed, live for the other person', async () => {
    await addToNetwork(alice.page, 'Gran', 'Sam’s gran');
    await addToNetwork(alice.page, 'Dev', 'uncle');
    await expect(network(bob.page).getByText('Gran', { exact: true })).toBeVisible();
    await network(bob.page).getByLabel('Where is Gran?').selectOption({ label: 'In the room' });
    await expect(network(alice.page).getByText('Sam’s gran · Family · In the room', { exact: true })).toBeVisible();
    await network(bob.page).getByRole('button', { name: 'Remove Dev', exact: true }).click();
    await network(bob.page).getByRole('button', { name: 'Yes, remove', exact: true }).click();
    await expect(network(alice.page).getByText('Dev', { exact: true })).toHaveCount(0);
  });

  await test.step('both add rules and each sees the other’s live', async () => {
    await addRule(alice.page, RULE_GRAN);
    await expect.poll(() => ruleTexts(bob.page)).toEqual([RULE_GRAN]);
    await addRule(bob.page, RULE_DAD);
    for (const { page } of [alice, bob]) await expect.poll(() => ruleTexts(page)).toEqual([RULE_GRAN, RULE_DAD]);
  });

  await test.step('picking who does a rule and the statement it answers closes the gap for everyone', async () => {
    const first = alice.page.getByRole('listitem', { name: 'Rule 1', exact: true });
    await first.getByRole('group', { name: 'Who does it' }).getByRole('checkbox', { name: 'Gran' }).check();
    await first
      .getByRole('group', { name: /Which danger statements/ })
      .getByRole('checkbox', { name: DANGER })
      .check();
    for (const { page } of [alice, bob]) {
      await expect(gapFlags(page)).toHaveCount(0);
      await expect(page.getByText('Answered by rule 1', { exact: true })).toBeVisible();
    }
    await expect(bob.page.getByRole('listitem', { name: 'Rule 1', exact: true }).getByRole('checkbox', { name: 'Gran' })).toBeChecked();
  });

  await test.step('the plan is agreed, and a later change shows until it is agreed again', async () => {
    await alice.page.getByRole('button', { name: 'Mark the plan as agreed' }).click();
    await alice.page.getByRole('group', { name: 'Who agreed the plan?' }).getByRole('checkbox', { name: 'Gran' }).check();
    await alice.page.getByRole('button', { name: 'Agree the plan', exact: true }).click();
    await expect(bob.page.getByRole('status').filter({ hasText: /Agreed on .* by Gran\./ })).toBeVisible();
    await bob.page.getByRole('listitem', { name: 'Rule 2', exact: true }).getByRole('button', { name: 'Move up rule 2' }).click();
    for (const { page } of [alice, bob]) {
      await expect.poll(() => ruleTexts(page)).toEqual([RULE_DAD, RULE_GRAN]);
      await expect(page.locator('p', { hasText: 'Changed since it was agreed:' })).toContainText('Changes to the order of the rules.');
    }
    await alice.page.getByRole('button', { name: 'Agree the plan again' }).click();
    await alice.page.getByRole('button', { name: 'Agree the plan', exact: true }).click();
    await expect(bob.page.locator('p', { hasText: 'Changed since it was agreed:' })).toHaveCount(0);
  });

  await test.step('the plan looks right on screen and passes an accessibility check', async () => {
    await alice.page.screenshot({ path: testInfo.outputPath('plan-screen.png'), fullPage: true });
    await alice.page.getByText('Test this rule: what if…').first().click();
    const results = await new AxeBuilder({ page: alice.page })
      .include('.plan-part')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('the Markdown copy is named for the board, says it all, and is recorded', async () => {
    const page = bob.page;
    const recorded = page.waitForRequest((r) => r.method() === 'POST' && /\/api\/boards\/[^/]+\/exports$/.test(r.url()));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as text (Markdown)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('The Smith family – Safety plan.md');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('# Safety plan');
    expect(markdown).toContain('Board: The Smith family');
    expect(markdown).toContain(RULE_DAD);
    expect(markdown).toContain('Gran collects Sam from school every day and stays until Mum is home.');
    expect(markdown).not.toContain(new URL(links.participant).hash.slice(1));
    const request = await recorded;
    expect(request.postDataJSON()).toEqual({ what: 'plan markdown' });
    expect(request.headers()['authorization']).toBe(`Bearer ${decodeURIComponent(new URL(links.participant).hash.slice(1))}`);
    expect(request.url()).not.toContain('#');
  });
});

test('beside a danger statement, a gap flag shows until a rule answers it, for everyone and in both views', async ({ server, people }) => {
  const links = await server.createBoard('The Patel family');
  const alice = await people.join(links.facilitator, 'Alice');
  const vic = await people.join(links.viewer, 'Vic');
  const bob = await people.join(links.participant, 'Bob');
  await seedDangerStatement(server.origin, links.facilitator, DANGER);
  const statement = (page: Page) => column(page, WORRIES).getByRole('listitem');
  const watching = [alice.page, vic.page];

  for (const page of watching) {
    await expect(statement(page)).toHaveCount(1);
    await expect(statement(page).getByText(GAP_BESIDE, { exact: true })).toBeVisible();
  }

  await openPlan(bob.page);
  await addRule(bob.page, RULE_GRAN);
  const answers = bob.page
    .getByRole('listitem', { name: 'Rule 1', exact: true })
    .getByRole('group', { name: /Which danger statements/ })
    .getByRole('checkbox', { name: DANGER });
  await answers.check();
  for (const page of watching) {
    await expect(statement(page).getByText(GAP_BESIDE, { exact: true })).toHaveCount(0);
    await expect(statement(page).getByText('Answered by the safety plan:', { exact: true })).toBeVisible();
    await expect(statement(page).getByText(`Rule 1: ${RULE_GRAN}`, { exact: true })).toBeVisible();
  }

  await alice.page.getByRole('button', { name: 'Seven domains', exact: true }).click();
  const dangerDomain = (page: Page) => column(page, WORRIES).getByRole('region', { name: 'Danger statements', exact: true });
  for (const page of watching) await expect(dangerDomain(page).getByText(`Rule 1: ${RULE_GRAN}`, { exact: true })).toBeVisible();
  await answers.uncheck();
  for (const page of watching) await expect(dangerDomain(page).getByText(GAP_BESIDE, { exact: true })).toBeVisible();
});

test('the printed plan holds every rule, the bottom lines, the contingency and the storyboard, and nothing of the screen or the link', async ({
  server,
  people,
}, testInfo) => {
  const BOTTOM = 'Sam is never left alone with Dad after he has been drinking.';
  const STRESS = 'Friday evenings after payday';
  const CONTINGENCY = 'If Gran cannot come, Mum rings Auntie Joy and Sam goes to hers.';
  const STORY = 'Mum and Dad love Sam. Sometimes Dad drinks and shouts, and Sam gets scared. Now Gran comes every day after school.';
  const links = await server.createBoard('The Smith family');
  const alice = await people.join(links.facilitator, 'Alice');
  const page = alice.page;

  await test.step('the words and pictures storyboard is drawn and described', async () => {
    await page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Draw', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Drawing pages', exact: true })
      .getByRole('button', { name: 'Words and pictures', exact: true })
      .click();
    await page.getByRole('button', { name: 'Start from a layout', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Drawing canvas', exact: true }).getByText('Who is worried').first()).toBeVisible({
      timeout: 20_000,
    });
    await page.getByLabel('What the words and pictures shows', { exact: true }).fill(STORY);
  });

  await test.step('the plan is written', async () => {
    await seedDangerStatement(server.origin, links.facilitator, DANGER);
    await openPlan(page);
    await addToNetwork(page, 'Gran', 'Sam’s gran');
    await addRule(page, RULE_GRAN);
    await addRule(page, RULE_DAD);
    await page.getByLabel('New bottom line', { exact: true }).fill(BOTTOM);
    await page.getByRole('button', { name: 'Add bottom line', exact: true }).click();
    await page.getByLabel('New stress point', { exact: true }).fill(STRESS);
    await page.getByRole('button', { name: 'Add stress point', exact: true }).click();
    await page.getByLabel('If the plan cannot be kept, what happens?', { exact: true }).fill(CONTINGENCY);
    await expect(page.getByLabel('Bottom line 1', { exact: true })).toHaveValue(BOTTOM);
  });

  await test.step('on paper: every part of the plan, the storyboard with its picture, no controls', async () => {
    await page.emulateMedia({ media: 'print' });
    const copy = page.locator('.plan-print');
    await expect(copy).toBeVisible();
    await expect(copy.getByRole('heading', { name: 'Safety plan', level: 1 })).toBeVisible();
    await expect(copy.getByText('Board: The Smith family', { exact: true })).toBeVisible();
    await expect(copy.getByText(/^Printed: /)).toBeVisible();
    for (const words of [RULE_GRAN, RULE_DAD, BOTTOM, STRESS, CONTINGENCY])
      await expect(copy.getByText(words, { exact: true })).toBeVisible();
    await expect(copy.getByRole('heading', { name: 'Danger statements the plan does not answer yet', level: 2 })).toBeVisible();
    const storyboard = copy.getByRole('region', { name: 'Words and pictures', exact: true });
    await expect(storyboard.getByText(STORY, { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(
      storyboard.locator('.draw-storyboard').getByRole('img').or(storyboard.locator('.draw-storyboard svg')).first(),
    ).toBeVisible({ timeout: 20_000 });
    const printed = await page.evaluate(() => document.body.innerText);
    for (const words of [RULE_GRAN, RULE_DAD, BOTTOM, STRESS, CONTINGENCY, STORY]) expect(printed).toContain(words);
    expect(printed.indexOf(STORY), 'the storyboard comes after the plan').toBeGreaterThan(printed.indexOf(CONTINGENCY));
    expect(printed.split(STORY).length, 'the storyboard’s words print once').toBe(2);
    const visibleControls = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('button, a, input, select, textarea, nav, [role="button"]')).filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        }).length,
    );
    expect(visibleControls).toBe(0);
    expect(printed).not.toContain(new URL(links.facilitator).hash.slice(1));
    expect(printed).not.toContain('/b/');
    await page.screenshot({ path: testInfo.outputPath('plan-print.png'), fullPage: true });
  });

  await test.step('while it prints, the address has no secret in it, and the link comes back afterwards', async () => {
    const secret = new URL(links.facilitator).hash;
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenWhilePrinting: string[] }).seenWhilePrinting = seen;
      window.addEventListener('beforeprint', () => seen.push(`before:${location.href}`));
      window.addEventListener('afterprint', () => seen.push(`after:${location.href}`));
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await testInfo.attach('plan.pdf', { body: pdf, contentType: 'application/pdf' });
    const seen = await page.evaluate(() => (window as unknown as { seenWhilePrinting: string[] }).seenWhilePrinting);
    const address = links.facilitator.slice(0, links.facilitator.indexOf('#'));
    expect(seen).toEqual([`before:${address}`, `after:${links.facilitator}`]);
    expect(await page.evaluate(() => location.hash)).toBe(secret);
    await page.emulateMedia({ media: 'screen' });
  });
});

test('a viewer reads the plan but cannot change it', async ({ server, people }) => {
  const links = await server.createBoard('The Jones family');
  const alice = await people.join(links.facilitator, 'Alice');
  const viewer = await people.join(links.viewer, 'Vic');
  await openPlan(alice.page);
  await addRule(alice.page, RULE_DAD);
  await openPlan(viewer.page);
  await expect(viewer.page.getByText(RULE_DAD, { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(ruleBoxes(viewer.page)).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Add a rule' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
});
