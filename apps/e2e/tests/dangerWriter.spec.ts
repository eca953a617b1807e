/**
 * The danger statement writer writes what its own plain-words check accepts: long answers make
 * two or three short sentences, never one the board then flags as too long.
 */
import type { Page } from '@playwright/test';
import { WORRIES, column } from './support/board';
import { expect, test } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';

async function sevenDomainBoard(server: KinboardServer): Promise<string> {
  const response = await fetch(`${server.origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Conference for Amy', template: 'seven-domain' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { links: { facilitator: string } }).links.facilitator;
}

function dangers(page: Page) {
  return column(page, WORRIES).getByRole('region', { name: 'Danger statements', exact: true });
}

test('long answers in the danger statement writer make short sentences that pass the plain-words check', async ({ server, people }) => {
  const alex = await people.join(await sevenDomainBoard(server), 'Alex');
  const page = alex.page;
  await dangers(page).getByRole('button', { name: 'Write a danger statement', exact: true }).click();
  const writer = page.getByRole('form', { name: 'Write a danger statement', exact: true });
  await writer.getByLabel('Who is worried?', { exact: true }).fill('Social workers, the school and the health visitor');
  await writer
    .getByLabel('About what behaviour?', { exact: true })
    .fill('when Dad has been drinking in the evening he shouts at Mum and throws things around the kitchen');
  await writer
    .getByLabel('What could happen to the child if nothing changes?', { exact: true })
    .fill('be hit by something thrown, and feel too scared to sleep or to tell anyone at school');
  const sentence =
    'Social workers, the school and the health visitor are worried. When Dad has been drinking in the evening he shouts at Mum and throws things around the kitchen. If nothing changes, the children could be hit by something thrown, and feel too scared to sleep or to tell anyone at school.';
  await expect(writer.getByLabel('It will read:', { exact: true })).toHaveText(sentence);
  await expect(writer.getByText(/This sentence has \d+ words/)).toHaveCount(0);
  await writer.getByRole('button', { name: 'Use this', exact: true }).click();
  const box = dangers(page).getByRole('textbox', { name: 'Statement', exact: true });
  await expect(box).toHaveValue(sentence);
  await expect(box).toBeFocused();
  // The hints show for the statement being written; none says a sentence is too long.
  await expect(dangers(page).getByRole('group', { name: /Plainer words/ })).toHaveCount(0);
  await expect(page.getByText(/This sentence has \d+ words/)).toHaveCount(0);
});
