import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { NEXT_STEPS, VIEWER_NOTICE, WORKING_WELL, WORRIES, addStatement, expectViewerStatements } from './support/board';
import { expect, test } from './support/fixtures';

/** Runs axe on the page as it is now and returns its serious and critical findings, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    );
}

test('the home page has no serious accessibility problems, before and after creating a board', async ({ server, people }) => {
  const { page } = await people.open(`${server.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kinboard' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Meeting title', { exact: true }).fill('Initial conference');
  await page.getByRole('button', { name: 'Create board', exact: true }).click();
  await expect(page.getByLabel('Viewer link', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the name prompt has no serious accessibility problems', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  const { page } = await people.open(links.participant);
  await expect(page.getByLabel('Your name', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a board with statements has no serious accessibility problems, for a participant and a viewer', async ({ server, people }) => {
  const links = await server.createBoard('Initial conference');
  const jo = await people.join(links.participant, 'Jo');
  const pat = await people.join(links.viewer, 'Pat');
  await addStatement(jo.page, WORRIES, 'Sam was left alone in May');
  await addStatement(jo.page, WORKING_WELL, 'Aunt Jen lives nearby');
  await addStatement(jo.page, NEXT_STEPS, 'Mum will call her sister');
  await expectViewerStatements(pat.page, NEXT_STEPS, ['Mum will call her sister']);
  await expect(pat.page.getByText(VIEWER_NOTICE)).toBeVisible();

  expect(await seriousViolations(jo.page), 'participant').toEqual([]);
  expect(await seriousViolations(pat.page), 'viewer').toEqual([]);
});
