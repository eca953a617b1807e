/**
 * Language per person (issue 19): a person's language is on their record and follows them to a
 * new device; the chair sees and sets it in the people panel; an interpreter is listed as one;
 * the room screen shows its question and join steps again in the chair's second language.
 */
import type { Browser, Page } from '@playwright/test';
import { COLUMNS, WORRIES, column, partButton } from './support/board';
import { expect, test, type People, type Person } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';
import { LIVE, expectAllInside, keepScreenshot, openRoomScreen, roomControls, showing, startMeetingAt } from './support/room';

const PHONE = { width: 390, height: 844 };
const POLISH_COLUMNS = ['Co nas martwi?', 'Co idzie dobrze?', 'Co musi się wydarzyć?'];

function peoplePanel(chair: Page) {
  return chair.getByRole('region', { name: 'People on this board', exact: true });
}

function personRow(chair: Page, name: string) {
  return peoplePanel(chair)
    .getByRole('listitem')
    .filter({ has: chair.locator('strong').getByText(name, { exact: true }) });
}

async function invite(chair: Page, name: string, relation: string): Promise<string> {
  await chair.getByLabel('Their name', { exact: true }).fill(name);
  await chair.getByLabel('Who they are to the child (optional)').fill(relation);
  await chair.getByRole('button', { name: 'Make their link', exact: true }).click();
  await expect(chair.getByRole('img', { name: `QR code of ${name}'s link` })).toBeVisible();
  return chair.getByLabel(`Link for ${name}`, { exact: true }).inputValue();
}

/** The chair on the Meeting part of a new board, having invited Anna (Mum) with her own link. */
async function chairInvitingAnna(server: KinboardServer, people: People): Promise<{ chair: Person; annaLink: string }> {
  const links = await server.createBoard('Kowalski family meeting');
  const chair = await people.join(links.facilitator, 'Alex');
  await chair.page.setViewportSize({ width: 1280, height: 900 });
  await partButton(chair.page, 'Meeting').click();
  return { chair, annaLink: await invite(chair.page, 'Anna', 'Mum') };
}

/** Anna opens her link on a fresh phone whose browser speaks English, and joins. */
async function annaOnPhone(browser: Browser, annaLink: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: PHONE });
  const anna = await context.newPage();
  await anna.goto(annaLink);
  await anna.getByLabel('Your name', { exact: true }).fill('Anna');
  await anna.getByRole('button', { name: 'Join meeting', exact: true }).click();
  return anna;
}

test("a person whose record says Polish opens their link on a new English browser and sees Polish; the chair sees 'Anna · Polski' and an interpreter as one", async ({
  browser,
  server,
  people,
}) => {
  const { chair, annaLink } = await chairInvitingAnna(server, people);

  await test.step('the chair sets Anna’s language in the people panel', async () => {
    await personRow(chair.page, 'Anna').getByLabel('Language for Anna', { exact: true }).selectOption('pl');
    await expect(personRow(chair.page, 'Anna')).toContainText('Anna (Mum) · Polski', LIVE);
  });

  await test.step('the chair invites an interpreter for Anna, who is listed as one', async () => {
    await chair.page.getByLabel('Their name', { exact: true }).fill('Jan');
    await chair.page.getByRole('checkbox', { name: 'They are an interpreter', exact: true }).check();
    await chair.page.getByLabel('Language they interpret', { exact: true }).selectOption('pl');
    await chair.page.getByLabel('Whose words they interpret', { exact: true }).selectOption({ label: 'Anna (Mum)' });
    await chair.page.getByRole('button', { name: 'Make their link', exact: true }).click();
    await expect(personRow(chair.page, 'Jan')).toContainText('Interpreter for Anna — Polish', LIVE);
    await chair.page.getByRole('heading', { name: 'People on this board', exact: true }).scrollIntoViewIfNeeded();
    await chair.page.screenshot({ path: test.info().outputPath('chair-people-1280.png'), fullPage: false });
    // The invite form with the interpreter's choices open, for a look.
    await chair.page.getByRole('checkbox', { name: 'They are an interpreter', exact: true }).check();
    await chair.page.getByLabel('Language they interpret', { exact: true }).scrollIntoViewIfNeeded();
    await chair.page.screenshot({ path: test.info().outputPath('chair-invite-interpreter-1280.png'), fullPage: false });
    await chair.page.getByRole('checkbox', { name: 'They are an interpreter', exact: true }).uncheck();
  });

  let anna: Page;
  await test.step('Anna opens her link on a fresh phone whose browser speaks English, and the board is in Polish', async () => {
    anna = await annaOnPhone(browser, annaLink);
    for (const title of POLISH_COLUMNS) await expect(anna.getByRole('region', { name: title, exact: true })).toBeVisible();
    await expect(anna.locator('html')).toHaveAttribute('lang', 'pl');
    // Her device chose nothing: the language came from her record.
    expect(await anna.evaluate(() => localStorage.getItem('kinboard.locale'))).toBeNull();
    await anna.screenshot({ path: test.info().outputPath('anna-phone-390x844.png'), fullPage: false });
  });

  await test.step('Anna changes it on her device: her device keeps it, and her record follows', async () => {
    await anna.setViewportSize({ width: 1280, height: 800 });
    await anna.getByLabel('Język').selectOption('cy');
    await expect(anna.getByRole('region', { name: 'Am beth rydyn ni’n poeni?', exact: true })).toBeVisible();
    await expect(personRow(chair.page, 'Anna')).toContainText('Anna (Mum) · Cymraeg', { timeout: 10_000 });
    await anna.reload();
    await expect(anna.locator('html')).toHaveAttribute('lang', 'cy');
    await anna.context().close();
  });

  await partButton(chair.page, 'Board').click();
  for (const title of COLUMNS) await expect(column(chair.page, title)).toBeVisible();
  await expect(chair.page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the chair chooses a second language for the room screen, offered first from the people here; the question and the join steps read in it, right to left', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Child protection conference');
  const chair: Person = await people.open(links.facilitator, 'Chair Jo');
  // The chair's device knows the participant link, as when the chair made the board on it.
  await chair.page.evaluate(([id, participant]) => sessionStorage.setItem(`kinboard.links.${id}`, JSON.stringify({ participant })), [
    links.id,
    links.participant,
  ] as const);
  await chair.page.reload();
  await chair.page.getByLabel('Your name', { exact: true }).fill('Chair Jo');
  await chair.page.getByRole('button', { name: 'Join meeting', exact: true }).click();
  const room = await people.join(links.viewer, 'Meeting room TV');
  const tv = room.page;

  await test.step('Ayesha chooses Arabic in the name prompt on her phone: it goes on her record', async () => {
    const ayesha = await people.open(links.participant, 'Ayesha');
    await ayesha.page.setViewportSize(PHONE);
    await ayesha.page.getByLabel('Language').selectOption('ar');
    await ayesha.page.getByLabel('اسمك', { exact: true }).fill('Ayesha');
    await ayesha.page.getByRole('button', { name: 'انضم إلى الاجتماع', exact: true }).click();
    await expect(ayesha.page.getByRole('region', { name: 'ما الذي يقلقنا؟', exact: true })).toBeVisible();
    await expect(ayesha.page.locator('html')).toHaveAttribute('dir', 'rtl');
  });

  await startMeetingAt(chair.page, 2);
  await openRoomScreen(tv);
  await expect(showing(tv)).toHaveAccessibleName(WORRIES, LIVE);
  const choice = roomControls(chair.page).getByLabel('Second language on the room screen');

  await test.step('Arabic is offered first, as the language of someone here; choosing it shows the question in Arabic under English', async () => {
    await expect(choice.locator('optgroup[label="Languages of people here"] option')).toHaveText(['العربية'], { timeout: 15_000 });
    await choice.selectOption('ar');
    const second = showing(tv).locator('.room-showing__second');
    await expect(second).toHaveText('ما الذي يقلقنا؟', LIVE);
    await expect(second).toHaveAttribute('lang', 'ar');
    await expect(second).toHaveAttribute('dir', 'rtl');
    await expect(showing(tv)).toHaveAccessibleName(WORRIES);
    // Both read across the room: the second heading is nearly as large as the first.
    const sizes = await showing(tv).evaluate((el) => [
      Number.parseFloat(getComputedStyle(el.querySelector('h2')!).fontSize),
      Number.parseFloat(getComputedStyle(el.querySelector('.room-showing__second')!).fontSize),
    ]);
    expect(sizes[1]!).toBeGreaterThanOrEqual(sizes[0]! * 0.8);
    await keepScreenshot(tv, 'room-second-language-1920');
  });

  await test.step('the join steps read in Arabic too, right to left, beside the English ones', async () => {
    await roomControls(chair.page).getByRole('button', { name: 'Show the join code', exact: true }).click();
    await expect(showing(tv)).toHaveAccessibleName('Join in on your phone', LIVE);
    const steps = showing(tv).locator('ol[lang="ar"]');
    await expect(steps).toHaveAttribute('dir', 'rtl');
    await expect(steps.getByRole('listitem')).toHaveCount(4);
    await expect(steps).toContainText('افتح الكاميرا في هاتفك.');
    await expect(showing(tv).locator('.room-showing__second')).toHaveText('انضم من هاتفك');
    await expect(tv.getByRole('img', { name: 'QR code to join the meeting' })).toBeVisible();
    await expectAllInside(tv, showing(tv).locator('li, img'));
    await keepScreenshot(tv, 'room-join-second-language-1920');
  });

  await test.step('choosing none takes the second language away on the room screen', async () => {
    await choice.selectOption('');
    await expect(showing(tv).locator('[lang="ar"]')).toHaveCount(0, LIVE);
  });
  await chair.page.screenshot({ path: test.info().outputPath('chair-room-controls-1280.png'), fullPage: false });
});

test('an interpreter is not waited for on a scale, is told why on their own device, and the record names them as the interpreter', async ({
  server,
  people,
}) => {
  const links = await server.createBoard('Kowalski family meeting');
  const chair = await people.join(links.facilitator, 'Alex');
  await partButton(chair.page, 'Meeting').click();
  const annaLink = await invite(chair.page, 'Anna', 'Mum');
  await chair.page.getByLabel('Their name', { exact: true }).fill('Jan');
  await chair.page.getByRole('checkbox', { name: 'They are an interpreter', exact: true }).check();
  await chair.page.getByLabel('Language they interpret', { exact: true }).selectOption('pl');
  await chair.page.getByLabel('Whose words they interpret', { exact: true }).selectOption({ label: 'Anna (Mum)' });
  await chair.page.getByRole('button', { name: 'Make their link', exact: true }).click();
  const janLink = await chair.page.getByLabel('Link for Jan', { exact: true }).inputValue();
  await chair.page.getByRole('button', { name: 'Start meeting', exact: true }).click();

  const anna = await people.join(annaLink, 'Anna');
  const jan = await people.join(janLink, 'Jan');
  await partButton(chair.page, 'Scaling').click();
  await chair.page.getByRole('radio', { name: /^Open/ }).check();
  await chair.page.getByRole('button', { name: 'Start a round', exact: true }).click();

  await test.step('still to answer: Anna, not her interpreter', async () => {
    const still = chair.page.getByText(/Still to answer:/).locator('..');
    await expect(still).toContainText('Anna', LIVE);
    await expect(still).not.toContainText('Jan');
  });

  await test.step("the interpreter's own device says they are not asked for a number", async () => {
    await jan.page.setViewportSize(PHONE);
    await partButton(jan.page, 'Scaling').click();
    const note = jan.page.getByText('You are here as an interpreter, so you are not asked for a number of your own.', { exact: false });
    await expect(note).toBeVisible(LIVE);
    await note.scrollIntoViewIfNeeded();
    await jan.page.screenshot({ path: test.info().outputPath('interpreter-phone-390x844.png'), fullPage: false });
    await partButton(anna.page, 'Scaling').click();
    await expect(anna.page.getByRole('form', { name: 'Your number', exact: true })).toBeVisible();
    await expect(anna.page.getByText('You are here as an interpreter', { exact: false })).toHaveCount(0);
  });

  await test.step('the record lists Jan as the interpreter for Anna', async () => {
    await partButton(chair.page, 'Meeting').click();
    await chair.page.getByRole('button', { name: 'End meeting', exact: true }).click();
    await chair.page.getByRole('button', { name: 'Yes, end the meeting', exact: true }).click();
    const records = chair.page.getByRole('region', { name: 'Past meetings' });
    await records.getByRole('button', { name: /^Open/ }).click();
    await expect(records.getByRole('region', { name: 'Joined by link', exact: true })).toContainText(
      'Jan (taking part) · Interpreter for Anna — Polish',
    );
  });
});

test("a person's language is the same in the people panel and in their network-list details, whichever the chair changes, and her open phone follows at once", async ({
  browser,
  server,
  people,
}) => {
  const { chair, annaLink } = await chairInvitingAnna(server, people);
  const anna = await annaOnPhone(browser, annaLink);
  await expect(anna.getByRole('region', { name: WORRIES, exact: true })).toBeVisible();
  const details = chair.page.getByRole('form', { name: 'More about someone on the network list' });
  const read = details.getByLabel('The language they read');

  await test.step('set in the people panel, it shows in her details', async () => {
    await personRow(chair.page, 'Anna').getByLabel('Language for Anna', { exact: true }).selectOption('pl');
    await expect(personRow(chair.page, 'Anna')).toContainText('Anna (Mum) · Polski', LIVE);
    await details.getByLabel('Who', { exact: true }).selectOption({ label: 'Anna (Mum)' });
    await expect(read).toHaveValue('pl');
    await expect(anna.getByRole('region', { name: POLISH_COLUMNS[0], exact: true }), 'her open phone turns Polish').toBeVisible(LIVE);
  });

  await test.step('written in her details as a tag, her record (and so her devices) follows', async () => {
    await read.fill('ro-RO');
    await details.getByRole('button', { name: "Save Anna's details" }).click();
    await expect(details.getByRole('status')).toHaveText("Anna's details are saved.");
    await expect(personRow(chair.page, 'Anna')).toContainText('Anna (Mum) · Română', LIVE);
    await expect(anna.locator('html'), 'and then Romanian').toHaveAttribute('lang', 'ro', LIVE);
  });

  await test.step('a language Kinboard does not speak stays in her details only', async () => {
    await read.fill('pa-Guru');
    await details.getByRole('button', { name: "Save Anna's details" }).click();
    await expect(details.getByRole('status')).toHaveText("Anna's details are saved.");
    await expect(personRow(chair.page, 'Anna')).toContainText('Anna (Mum) · Română');
    await expect(anna.locator('html')).toHaveAttribute('lang', 'ro');
    await anna.context().close();
  });
});
