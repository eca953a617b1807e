/**
 * The family's language: each person's browser language sets the interface for them alone, Urdu
 * reads right to left, read aloud uses only a voice on the device, and the pseudo-locale finds
 * untranslated, clipped or overflowing text in every main view at 320 px.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { COLUMNS, column } from './support/board';
import { expect, test } from './support/fixtures';

/** Someone whose device speaks `locale` opens a link (a context of their own, like the people fixture). */
async function openIn(browser: Browser, url: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const POLISH_COLUMNS = ['Co nas martwi?', 'Co idzie dobrze?', 'Co musi się wydarzyć?'];

test('a participant whose browser speaks Polish sees the name prompt and the three questions in Polish while the chair sees English', async ({
  browser,
  server,
  people,
}) => {
  const links = await server.createBoard('Kowalski family meeting');
  const chair = await people.join(links.facilitator, 'Alex');

  const anna = await openIn(browser, links.participant, { locale: 'pl-PL' });
  await expect(anna.getByRole('heading', { name: 'Dołącz do spotkania' })).toBeVisible();
  await expect(anna.locator('html')).toHaveAttribute('lang', 'pl');
  await anna.getByLabel('Twoje imię', { exact: true }).fill('Anna');
  await anna.getByRole('button', { name: 'Dołącz do spotkania', exact: true }).click();
  for (const title of POLISH_COLUMNS) await expect(anna.getByRole('region', { name: title, exact: true })).toBeVisible();
  await expect(anna.getByText(/^\s*Połączono\s*$/)).toBeVisible({ timeout: 10_000 });

  // The same board, at the same moment, in English for the chair; the board's content stays as written.
  for (const title of COLUMNS) await expect(column(chair.page, title)).toBeVisible();
  await expect(chair.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(chair.page.getByText('Anna', { exact: true })).toBeVisible();

  // Anna can switch to English herself, in the header; the chair is not affected.
  await anna.getByLabel('Język').selectOption('en');
  for (const title of COLUMNS) await expect(column(anna, title)).toBeVisible();
  await anna.reload();
  for (const title of COLUMNS) await expect(column(anna, title)).toBeVisible();
  await anna.context().close();
});

test('an Urdu page reads right to left at phone size', async ({ browser, server }, testInfo) => {
  const links = await server.createBoard('Khan family meeting');
  const page = await openIn(browser, links.participant, { locale: 'ur-PK', viewport: { width: 390, height: 844 } });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await page.getByLabel('آپ کا نام', { exact: true }).fill('Ayesha');
  await page.getByRole('button', { name: 'میٹنگ میں شامل ہوں', exact: true }).click();
  await expect(page.getByRole('region', { name: 'ہمیں کس بات کی فکر ہے؟', exact: true })).toBeVisible();
  const noSideScroll = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  expect(noSideScroll).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('urdu-390x844.png'), fullPage: false });
  await page.context().close();
});

test('read aloud uses a voice on the device for the language, and says so when there is none', async ({ browser, server }) => {
  const links = await server.createBoard('Read aloud meeting');
  // This device has a Polish voice that runs on it and one that would send the words away.
  const withVoices = await browser.newContext({ locale: 'pl-PL' });
  await withVoices.addInitScript(() => {
    const spoken: { text: string; voice: string }[] = [];
    const voices = [
      { name: 'Cloud Polish', lang: 'pl-PL', localService: false, default: true, voiceURI: 'cloud' },
      { name: 'Device Polish', lang: 'pl-PL', localService: true, default: false, voiceURI: 'device' },
    ];
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        cancel: () => {},
        speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? '' }),
      },
    });
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    // The browser's utterance accepts only its own voice objects; this one takes the stand-ins.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      voice: unknown = null;
      lang = '';
      constructor(readonly text: string) {}
    };
  });
  const page = await withVoices.newPage();
  await page.goto(links.participant);
  await enterPolishName(page, 'Ola');
  await polishPart(page, 'Plan').click();
  const readButtons = page.getByRole('button', { name: /^Czytaj na głos/ });
  await readButtons.first().click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; voice: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.voice).toBe('Device Polish');
  expect(spoken[0]!.text).toMatch(/\S/);

  // A device with no voice of its own for Polish is told so plainly.
  const noVoice = await browser.newContext({ locale: 'pl-PL' });
  await noVoice.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [{ name: 'Cloud Polish', lang: 'pl-PL', localService: false, default: true }],
        cancel: () => {},
        speak: () => {},
      },
    });
  });
  const other = await noVoice.newPage();
  await other.goto(links.participant);
  await enterPolishName(other, 'Piotr');
  await polishPart(other, 'Plan').click();
  await other
    .getByRole('button', { name: /^Czytaj na głos/ })
    .first()
    .click();
  await expect(other.getByText(/^To urządzenie nie ma głosu, który może czytać na głos w języku: Polski\./)).toBeVisible();
  await withVoices.close();
  await noVoice.close();
});

async function enterPolishName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Twoje imię', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Dołącz do spotkania', exact: true }).click();
  await expect(page.getByText(/^\s*Połączono\s*$/)).toBeVisible({ timeout: 10_000 });
}

/** A part of the board from its navigation, by its Polish name. */
function polishPart(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Części tablicy' }).getByRole('button', { name, exact: true });
}
