import type { BrowserContext } from '@playwright/test';
import {
  NEXT_STEPS,
  WORKING_WELL,
  WORRIES,
  addStatement,
  appendToStatement,
  expectStatements,
  expectViewerStatements,
  statement,
} from './support/board';
import { expect, expectBoardReady, test, type People } from './support/fixtures';
import type { KinboardServer } from './support/kinboardServer';
import { joinThroughLobby } from './support/lobby';

interface SeenRequest {
  who: string;
  method: string;
  url: string;
  referer: string | undefined;
}

/** Everything the browser asked of the network, in every context created after this call. */
function recordTraffic(people: People) {
  const requests: Array<Promise<SeenRequest>> = [];
  const websockets: Array<{ who: string; url: string }> = [];
  const refusals: string[] = [];
  let contexts = 0;
  people.onNewContext((context: BrowserContext) => {
    const who = `context ${++contexts}`;
    context.on('request', (request) => {
      requests.push(
        request
          .allHeaders()
          .catch(() => request.headers())
          .then((headers) => ({ who, method: request.method(), url: request.url(), referer: headers['referer'] })),
      );
    });
    context.on('page', (page) => {
      page.on('websocket', (socket) => websockets.push({ who, url: socket.url() }));
      // A request the content security policy stops never reaches the network, so it is not a
      // 'request' event; the browser reports it on the console instead.
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refusals.push(`${who}: ${message.text()}`);
      });
    });
  });
  return {
    websockets,
    refusals,
    requests: () => Promise.all(requests),
  };
}

/**
 * A short meeting that touches every part of the app: the home page creates the board, then a
 * facilitator, a participant and a viewer join from their own devices and change the board.
 */
async function holdAShortMeeting(server: KinboardServer, people: People) {
  const home = await people.open(`${server.origin}/`, 'organiser');
  await home.page.getByLabel('Meeting title', { exact: true }).fill('Family network meeting');
  await home.page.getByRole('button', { name: 'Create board', exact: true }).click();
  const links = {
    facilitator: await home.page.getByLabel('Facilitator link', { exact: true }).inputValue(),
    participant: await home.page.getByLabel('Participant link', { exact: true }).inputValue(),
    viewer: await home.page.getByLabel('Viewer link', { exact: true }).inputValue(),
  };

  const alex = await people.join(links.facilitator, 'Alex');
  // A board made on the home page has the lobby: the chair lets Jo and Pat in.
  const jo = await joinThroughLobby(people, alex.page, links.participant, 'Jo', 'Admit as participant');
  const pat = await joinThroughLobby(people, alex.page, links.viewer, 'Pat', 'Admit as viewer');

  const hungry = 'Sam is hungry';
  const driving = 'Dad drinks and drives';
  await addStatement(alex.page, WORRIES, hungry);
  await expectStatements(jo.page, WORRIES, [hungry]);
  await addStatement(jo.page, WORRIES, driving);
  await addStatement(jo.page, WORKING_WELL, 'Grandad cooks tea');
  await expectStatements(alex.page, WORKING_WELL, ['Grandad cooks tea']);
  await appendToStatement(alex.page, WORKING_WELL, 0, ' for Sam');
  await statement(jo.page, WORRIES, 1).getByRole('button', { name: 'Move up', exact: true }).click();
  await expectStatements(alex.page, WORRIES, [driving, hungry]);
  await statement(alex.page, WORRIES, 1).getByLabel('Move to', { exact: true }).selectOption({ label: NEXT_STEPS });
  await statement(alex.page, WORRIES, 1).getByRole('button', { name: 'Move', exact: true }).click();
  await addStatement(alex.page, NEXT_STEPS, 'Remove me');
  await statement(alex.page, NEXT_STEPS, 1).getByRole('button', { name: 'Delete statement', exact: true }).click();
  await expectViewerStatements(pat.page, NEXT_STEPS, [hungry]);

  await jo.page.reload();
  await expectBoardReady(jo.page);
  await expectStatements(jo.page, WORRIES, [driving]);
  return links;
}

/** The secret and every 16-character run of it: a URL carrying part of a secret leaks it too. */
function pieces(secret: string): string[] {
  const runs = [secret, encodeURIComponent(secret)];
  for (let start = 0; start + 16 <= secret.length; start++) runs.push(secret.slice(start, start + 16));
  return runs;
}

function secretOf(link: string): string {
  const secret = new URL(link).hash.slice(1);
  expect(secret.length, `the link ${link} should carry a secret after #`).toBeGreaterThan(0);
  return secret;
}

test("a meeting's traffic stays on the app's own host and never carries a link's secret", async ({ server, people }) => {
  const traffic = recordTraffic(people);
  const links = await holdAShortMeeting(server, people);
  const requests = await traffic.requests();
  expect(requests.length, 'the session should have made requests').toBeGreaterThan(0);
  expect(traffic.websockets.length, 'each person on the board should have a live connection').toBeGreaterThanOrEqual(3);

  await test.step("no request goes to any host but the app's own", () => {
    const appHost = new URL(server.origin).host;
    const elsewhere = [
      ...requests.map((request) => `${request.who} ${request.method} ${request.url}`),
      ...traffic.websockets.map((socket) => `${socket.who} WebSocket ${socket.url}`),
    ].filter((line) => {
      const url = new URL(line.split(' ').at(-1)!);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return url.host !== appHost || !['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
    });
    expect.soft(elsewhere).toEqual([]);
    expect.soft(traffic.refusals, 'the pages should not even try to reach another host').toEqual([]);
  });

  await test.step('no request URL, Referer header or WebSocket URL carries a secret', () => {
    // The fragment is exchanged for a ticket by POST, so the secret travels only in a request body.
    const secrets = Object.entries(links).map(([role, link]) => ({ role, secret: secretOf(link) }));
    const seen = [
      ...requests.map((request) => ({ where: `${request.who} ${request.method} ${request.url}`, text: request.url })),
      ...requests
        .filter((request) => request.referer !== undefined)
        .map((request) => ({ where: `${request.who} Referer of ${request.url}`, text: request.referer! })),
      ...traffic.websockets.map((socket) => ({ where: `${socket.who} WebSocket`, text: socket.url })),
    ];
    const leaks = seen.flatMap(({ where, text }) =>
      secrets
        .filter(({ secret }) => pieces(secret).some((piece) => text.includes(piece)))
        .map(({ role }) => `the ${role} secret (or part of it) in ${where}`),
    );
    expect.soft(leaks).toEqual([]);
  });
});
