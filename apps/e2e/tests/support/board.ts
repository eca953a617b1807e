/**
 * How a person finds their way around a board: by the names the web app promises to assistive
 * technology (the UI contract), never by CSS classes or test ids.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const WORRIES = 'What are we worried about?';
export const WORKING_WELL = "What's working well?";
export const NEXT_STEPS = 'What needs to happen?';
/** The three columns of a three-column board, in the order they appear on screen. */
export const COLUMNS = [WORRIES, WORKING_WELL, NEXT_STEPS] as const;
export type ColumnTitle = (typeof COLUMNS)[number];

export const VIEWER_NOTICE = 'You are viewing this board';

const CONNECTION_TEXT = /^\s*(Connected|Connecting…|Reconnecting…|Offline)\s*$/;
const SAVE_TEXT = /^\s*(Saving…|All changes saved|Your answer is not sent yet|Some words are not added yet)\s*$/;
/** What the connection status may say while the server cannot be reached. */
export const NOT_CONNECTED = /^(Connecting…|Reconnecting…|Offline)$/;

export function column(page: Page, title: ColumnTitle): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** The statements of one column, top to bottom. */
export function statements(page: Page, title: ColumnTitle): Locator {
  return column(page, title).getByRole('listitem');
}

export function statement(page: Page, title: ColumnTitle, index: number): Locator {
  return statements(page, title).nth(index);
}

export function statementBox(page: Page, title: ColumnTitle, index: number): Locator {
  return statement(page, title, index).getByRole('textbox', { name: 'Statement', exact: true });
}

/**
 * The words that say whether this page is connected to the server. They are not a live region
 * (they change on every blip); see `connectionNews` for what is announced.
 */
export function connectionStatus(page: Page): Locator {
  return page.getByText(CONNECTION_TEXT);
}

/** The live region that tells a screen reader about the connection: only being offline for a while, and being back. */
export function connectionNews(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(You are offline\.|Back online\.)/ });
}

/**
 * The words in the header that say whether this person's changes are on the server. They are not
 * a live region (they change with every keystroke); see `saveAnnouncement` for what is announced.
 */
export function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByText(SAVE_TEXT);
}

/** The live region that tells a screen reader about saving: only "Back online. All changes saved." */
export function saveAnnouncement(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Back online. All changes saved.' });
}

export function presenceList(page: Page): Locator {
  return page.getByRole('list', { name: 'People here', exact: true });
}

/** The entry for one person in the "People here" list. */
export function presenceOf(page: Page, name: string): Locator {
  return presenceList(page).getByRole('listitem').filter({ hasText: name });
}

/**
 * Adds a statement to a column the way a person does: presses "Add a statement", then types into
 * the new statement, which has the focus.
 */
export async function addStatement(page: Page, title: ColumnTitle, text: string): Promise<void> {
  const before = await statements(page, title).count();
  await column(page, title).getByRole('button', { name: 'Add a statement', exact: true }).click();
  await expect(statements(page, title)).toHaveCount(before + 1);
  const focused = column(page, title).getByRole('textbox', { name: 'Statement', exact: true }).and(page.locator(':focus'));
  await expect(focused, 'the new statement should have the focus').toHaveCount(1);
  await page.keyboard.type(text);
  await expect(focused).toHaveValue(text);
}

/** Types at the end of an existing statement. */
export async function appendToStatement(page: Page, title: ColumnTitle, index: number, text: string): Promise<string> {
  const box = statementBox(page, title, index);
  const before = await box.inputValue();
  await box.click();
  await box.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await expect(box).toHaveValue(before + text);
  return before + text;
}

/** The text of each statement in a column as this page shows it, top to bottom. */
export async function statementTexts(page: Page, title: ColumnTitle): Promise<string[]> {
  return statements(page, title).evaluateAll((items) =>
    items.map((item) => {
      const box = item.querySelector('textarea');
      return box ? box.value : (item.textContent ?? '').trim();
    }),
  );
}

/**
 * Waits until a column shows exactly these statements in this order. For a person who can edit,
 * the texts are the textareas' values.
 */
export async function expectStatements(
  page: Page,
  title: ColumnTitle,
  texts: readonly string[],
  options: { timeout?: number } = {},
): Promise<void> {
  await expect
    .poll(() => statementTexts(page, title), {
      message: `"${title}" should show ${JSON.stringify(texts)}`,
      timeout: options.timeout,
      // Fine-grained, so a change that arrives just inside a short timeout is seen in time.
      intervals: [50, 100, 200],
    })
    .toEqual(texts);
}

/**
 * Waits until a viewer's column shows these statements in this order. A viewer's statements are
 * read-only text, which may sit beside other words (who wrote it), so each item need only contain
 * its statement.
 */
export async function expectViewerStatements(
  page: Page,
  title: ColumnTitle,
  texts: readonly string[],
  options: { timeout?: number } = {},
): Promise<void> {
  await expect(statements(page, title)).toHaveCount(texts.length, options);
  for (const [index, text] of texts.entries()) {
    await expect(statement(page, title, index)).toContainText(text, options);
  }
}

/** The button of one part of the board (Board, Scaling, Plan, Draw, Meeting) in the parts bar. */
export function partButton(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Parts of the board' }).getByRole('button', { name, exact: true });
}
