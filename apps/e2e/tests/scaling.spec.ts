import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { WORRIES, addStatement, appendToStatement, presenceOf } from './support/board';
import { expect, test } from './support/fixtures';

const LIVE = { timeout: 2_000 };

async function openScaling(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name: 'Scaling', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scaling' })).toBeVisible();
}

/** A number form: "Your number", or "Gran's number" when the facilitator records for her. */
function answerForm(page: Page, heading: string): Locator {
  return page.getByRole('form', { name: heading, exact: true });
}

/** Sets a number on the line with the keyboard (Home, then Page Up for each whole point) and sends it. */
async function giveNumber(form: Locator, whole: number, words: { whyNotLower?: string; oneHigher?: string } = {}): Promise<void> {
  const slider = form.getByRole('slider');
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < whole; i++) await slider.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuenow', String(whole));
  if (words.whyNotLower) await form.getByLabel('Why this number and not lower?').fill(words.whyNotLower);
  if (words.oneHigher) await form.getByLabel('What would make it one point higher?').fill(words.oneHigher);
  await form.getByRole('button', { name: /the number$/ }).click();
}

/** The round's median, as the summary beside the line shows it. */
function median(page: Page): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: /^Median$/ })
    .locator('..')
    .getByRole('definition');
}

function numbers(page: Page): Locator {
  return page.getByRole('list', { name: "Everyone's numbers", exact: true });
}

/** Screenshots of the scaling part at phone and TV sizes, kept only when KINBOARD_SCREENSHOTS names a folder. */
async function snapshot(page: Page, name: string): Promise<void> {
  const folder = process.env.KINBOARD_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'));
}

test('a blind round keeps numbers hidden until the reveal, and the history shows every round', async ({ server, people }) => {
  const links = await server.createBoard('Review for Sam');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const screen = await people.join(links.viewer, 'Shared screen');
  await jo.page.setViewportSize({ width: 390, height: 844 });
  await screen.page.setViewportSize({ width: 1920, height: 1080 });
  for (const person of [alex, jo, screen]) await openScaling(person.page);
  // On Jo's phone the header is one line; who is here opens behind "N here · More".
  await jo.page.getByRole('button', { name: /here · More$/ }).click();

  await test.step('the facilitator adds Gran, who is in the room without a device', async () => {
    await expect(alex.page.getByRole('button', { name: 'Start a round', exact: true })).toBeVisible();
    await alex.page.getByRole('radio', { name: /Collect first, then show/ }).check();
    await alex.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await alex.page.getByLabel('Add someone in the room', { exact: true }).fill('Gran');
    await alex.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(presenceOf(jo.page, 'Gran')).toContainText('in the room', LIVE);
    await expect(screen.page.getByText(/Still to answer:.*Gran \(in the room\)/)).toBeVisible(LIVE);
  });

  await test.step('everyone sees the question and both ends', async () => {
    for (const page of [jo.page, screen.page]) {
      await expect(page.getByRole('heading', { level: 3, name: 'How safe are things for the children right now?' })).toBeVisible();
      await expect(page.getByText('0 means', { exact: true })).toBeVisible();
      await expect(page.getByText('10 means', { exact: true })).toBeVisible();
    }
    await expect(screen.page.getByRole('slider')).toHaveCount(0);
  });

  await test.step('the participant and the facilitator answer; the shared screen sees who, not what', async () => {
    await giveNumber(answerForm(jo.page, 'Your number'), 3, {
      whyNotLower: 'Mum calls Gran every night',
      oneHigher: 'Dad at the meetings',
    });
    await expect(answerForm(jo.page, 'Your number').getByRole('status')).toContainText('Sent 3', LIVE);
    await giveNumber(answerForm(alex.page, 'Your number'), 8);
    await giveNumber(answerForm(alex.page, "Gran's number"), 6, { whyNotLower: 'I am there every day' });

    const answered = screen.page.getByRole('list', { name: 'Who has answered', exact: true });
    await expect(answered.getByRole('listitem')).toHaveText([/Alex/, /Gran/, /Jo/], LIVE);
    await expect(screen.page.getByText('3 people have answered')).toBeVisible();
    for (const page of [screen.page, jo.page]) {
      await expect(numbers(page)).toHaveCount(0);
      await expect(median(page)).toHaveCount(0);
      await expect(page.getByRole('img', { name: /: \d/ })).toHaveCount(0);
    }
    await expect(screen.page.locator('main')).not.toContainText('Mum calls Gran');
    await snapshot(screen.page, 'tv-blind');
    await snapshot(jo.page, 'phone-blind');
  });

  await test.step('the facilitator reveals; all three see the numbers, the median and the widest gap', async () => {
    await alex.page.getByRole('button', { name: "Show everyone's numbers", exact: true }).click();
    for (const page of [alex.page, jo.page, screen.page]) {
      await expect(numbers(page).getByRole('listitem')).toHaveCount(3, LIVE);
      await expect(numbers(page).getByRole('listitem').nth(0)).toContainText('Jo');
      await expect(numbers(page).getByRole('listitem').nth(0)).toContainText('Mum calls Gran every night');
      await expect(numbers(page).getByRole('listitem').nth(1)).toContainText('recorded by Alex');
      await expect(median(page)).toHaveText('6');
      await expect(page.getByText('The widest gap is between 3 and 6: ask about it.')).toBeVisible();
      await expect(page.getByRole('img', { name: 'Alex: 8' })).toBeVisible();
    }
    await snapshot(screen.page, 'tv-revealed');
    await snapshot(jo.page, 'phone-revealed');
    await snapshot(alex.page, 'facilitator-revealed');
    expect(await seriousViolations(jo.page), 'participant').toEqual([]);
    expect(await seriousViolations(screen.page), 'shared screen').toEqual([]);
    await alex.page.getByRole('button', { name: /Close the round/ }).click();
    await expect(screen.page.getByText(/Last time \(.+\): median 6, from 3 to 8\./)).toBeVisible(LIVE);
  });

  await test.step('a second, open round shows numbers live', async () => {
    await alex.page.getByRole('radio', { name: /^Open/ }).check();
    await alex.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await giveNumber(answerForm(jo.page, 'Your number'), 5);
    await expect(screen.page.getByRole('img', { name: 'Jo: 5' })).toBeVisible(LIVE);
    await giveNumber(answerForm(alex.page, 'Your number'), 7);
    await expect(screen.page.getByRole('img', { name: 'Alex: 7' })).toBeVisible(LIVE);
    await expect(median(screen.page)).toHaveText('6', LIVE);
    // Jo changes her mind: her answer is replaced, not added.
    await giveNumber(answerForm(jo.page, 'Your number'), 6);
    await expect(screen.page.getByRole('img', { name: 'Jo: 6' })).toBeVisible(LIVE);
    await expect(numbers(screen.page).getByRole('listitem')).toHaveCount(2);
    await alex.page.getByRole('button', { name: /Close the round/ }).click();
  });

  await test.step('the history shows both rounds, as a chart and as a table', async () => {
    for (const page of [screen.page, jo.page]) {
      await expect(page.getByRole('img', { name: /2 rounds from .+ The median went from 6 to 6½\./ })).toBeVisible(LIVE);
      const table = page.getByRole('table', { name: /the numbers at each round/ });
      await expect(table.getByRole('row')).toHaveCount(3);
    }
    await screen.page.getByRole('button', { name: 'Show as table', exact: true }).click();
    const table = screen.page.getByRole('table', { name: /the numbers at each round/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').nth(1)).toContainText('Jo 3, Gran 6, Alex 8');
    await expect(table.getByRole('row').nth(2)).toContainText('Jo 6, Alex 7');
    await screen.page.getByRole('button', { name: "Each person's line", exact: true }).click();
    await snapshot(screen.page, 'tv-history');
  });
});

test('two meeting records compare: statements added and reworded, and how far the scale moved', async ({ server, people }) => {
  const links = await server.createBoard('Reviews for Sam');
  const alex = await people.join(links.facilitator, 'Alex');
  const jo = await people.join(links.participant, 'Jo');
  const parts = (page: Page) => page.getByRole('navigation', { name: 'Parts of the board' });
  const openPart = (page: Page, name: string) => parts(page).getByRole('button', { name, exact: true }).click();

  /** One meeting: the chair starts it, Jo gives a number in an open round, the chair ends it. */
  async function meeting(number: number, onTheBoard: () => Promise<void>) {
    await openPart(alex.page, 'Meeting');
    await alex.page.getByRole('button', { name: 'Start meeting', exact: true }).click();
    await expect(alex.page.getByRole('button', { name: 'End meeting', exact: true })).toBeVisible();
    await openPart(jo.page, 'Board');
    await onTheBoard();
    await expect(jo.page.getByText('All changes saved')).toBeVisible();
    await openScaling(alex.page);
    await alex.page.getByRole('radio', { name: /^Open/ }).check();
    await alex.page.getByRole('button', { name: 'Start a round', exact: true }).click();
    await openScaling(jo.page);
    await giveNumber(answerForm(jo.page, 'Your number'), number);
    await expect(alex.page.getByRole('img', { name: `Jo: ${number}` })).toBeVisible(LIVE);
    await alex.page.getByRole('button', { name: /Close the round/ }).click();
    await openPart(alex.page, 'Meeting');
    await alex.page.getByRole('button', { name: 'End meeting', exact: true }).click();
    await alex.page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
    await expect(alex.page.getByRole('button', { name: 'Start meeting', exact: true })).toBeVisible();
  }

  await meeting(3, () => addStatement(jo.page, WORRIES, 'Dad shouts at bedtime'));
  await meeting(6, async () => {
    await appendToStatement(jo.page, WORRIES, 0, ' less often now');
    await addStatement(jo.page, WORRIES, 'Sam has missed school twice');
  });

  const records = alex.page.getByRole('region', { name: 'Past meetings' });
  const ticks = records.getByRole('checkbox', { name: /^Compare/ });
  await expect(ticks).toHaveCount(2);
  await ticks.nth(0).check();
  await ticks.nth(1).check();
  await records.getByRole('button', { name: 'Compare the two chosen meetings', exact: true }).click();
  const comparison = records.getByRole('article', { name: /^What changed between/ });
  await expect(comparison.getByRole('heading', { name: 'Added (1)' })).toBeVisible();
  await expect(comparison).toContainText('Sam has missed school twice');
  await expect(comparison.getByRole('heading', { name: 'Reworded (1)' })).toBeVisible();
  await expect(comparison).toContainText('“Dad shouts at bedtime” became “Dad shouts at bedtime less often now”');
  await expect(comparison).toContainText('How safe are things for the children right now?: 3 then 6 (3 up)');
  await snapshot(alex.page, 'records-compared');
});
