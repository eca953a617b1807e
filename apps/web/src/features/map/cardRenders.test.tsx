// @vitest-environment happy-dom
/**
 * A remote change redraws only the cards it touches (issue 21): the case map of a real board
 * (MapPart with its real read models and contexts) in a browser-like DOM, changed by another
 * person's Yjs update. Each card's drawing is counted where it binds its text box: every
 * StatementCard render calls useStatementTextBinding once with its statement's id (the real hook
 * still runs underneath).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addStatement, createBoard, editStatement, readBoard, setStatementSource } from '@kinboard/model';
import { BoardConnection } from '../../connection/BoardConnection';
import { BoardSessionContext } from '../../hooks/boardContext';
import { BoardFocusContext } from '../../board/boardFocus';
import { BoardActionsContext, type BoardActions } from '../statements';
import { fakeFetch } from '../../test/fakeFetch';
import { MapPart } from './MapPart';

const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../hooks/useStatementTextBinding', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../hooks/useStatementTextBinding')>();
  return {
    useStatementTextBinding: (doc: Y.Doc, statementId: string) => {
      renders.set(statementId, (renders.get(statementId) ?? 0) + 1);
      return real.useStatementTextBinding(doc, statementId);
    },
  };
});

const STATEMENTS = 30;
/** Generous: the whole web suite runs in parallel on a shared two-core machine. */
const SLOW = 90_000;
const REMOTE = { source: 'remote' } as const;
const someone = { id: 'someone-else', name: 'Sam' };

let connection: BoardConnection;
let remote: Y.Doc;
let root: Root;
let host: HTMLElement;
let ids: string[];

/** Sends the remote person's next change to this screen's document, as the socket would. */
function fromRemote(change: () => void) {
  const before = Y.encodeStateVector(connection.doc);
  change();
  act(() => Y.applyUpdate(connection.doc, Y.encodeStateAsUpdate(remote, before), REMOTE));
}

async function until(what: string, condition: () => boolean) {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

/** Until no card has been drawn for a few rounds of timers (idle batches and deferred checks done). */
async function untilSettled() {
  let last = -1;
  let quietRounds = 0;
  await until('the cards to settle', () => {
    const total = [...renders.values()].reduce((a, b) => a + b, 0);
    quietRounds = total === last ? quietRounds + 1 : 0;
    last = total;
    return quietRounds >= 5;
  });
}

function textOf(id: string): string | undefined {
  const index = ids.indexOf(id);
  return host.querySelectorAll<HTMLTextAreaElement>('.column--worries .statement textarea')[index]?.value;
}

function Screen({ children }: { children: ReactNode }) {
  const actions: BoardActions = {
    focusRequest: null,
    requestFocus: () => undefined,
    draggingId: null,
    setDraggingId: () => undefined,
    removeStatement: () => undefined,
  };
  return (
    <BoardSessionContext.Provider value={{ connection, me: { id: 'me', name: 'Alex' } }}>
      <BoardFocusContext.Provider value={{ focus: 'column:worries', setFocus: () => undefined, editable: true }}>
        <BoardActionsContext.Provider value={actions}>{children}</BoardActionsContext.Provider>
      </BoardFocusContext.Provider>
    </BoardSessionContext.Provider>
  );
}

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.stubGlobal('fetch', fakeFetch(200, { terms: [] }));
  renders.clear();
  connection = new BoardConnection({ boardId: 'render-count-board', secret: 'secret', name: 'Alex' });
  remote = new Y.Doc();
  createBoard(remote, { title: 'Family meeting', template: 'three-column' });
  remote.transact(() => {
    for (let i = 0; i < STATEMENTS; i++) addStatement(remote, { section: 'worries', text: `Worry number ${i}`, author: someone });
  });
  Y.applyUpdate(connection.doc, Y.encodeStateAsUpdate(remote), REMOTE);
  ids = readBoard(connection.doc)
    .sections.find((s) => s.id === 'worries')!
    .statements.map((s) => s.id);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <Screen>
        <MapPart editable />
      </Screen>,
    ),
  );
  await until('every card drawn', () => host.querySelectorAll('.column--worries .statement').length === STATEMENTS);
  await untilSettled();
  renders.clear();
}, SLOW);

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  connection.destroy();
  vi.unstubAllGlobals();
});

describe('a remote change on the case map', { timeout: SLOW }, () => {
  it('redraws only the card of the statement someone else edited', async () => {
    const changed = ids[7]!;
    fromRemote(() => editStatement(remote, changed, 'Worry number 7, said differently'));
    await until('the new words on screen', () => textOf(changed) === 'Worry number 7, said differently');
    await untilSettled();
    expect(renders.get(changed) ?? 0).toBeGreaterThan(0);
    expect([...renders.keys()]).toEqual([changed]);
  });

  it('redraws only the card whose view someone else recorded', async () => {
    const changed = ids[3]!;
    fromRemote(() => setStatementSource(remote, changed, { kind: 'child' }));
    await until(
      'the source on the card',
      () => host.querySelectorAll('.column--worries .statement')[3]?.querySelector('.badge--child') !== null,
    );
    await untilSettled();
    expect([...renders.keys()]).toEqual([changed]);
  });

  it('draws a statement added at the top, and redraws only the card that was first before it', async () => {
    const formerFirst = ids[0]!;
    let added = '';
    fromRemote(() => {
      added = addStatement(remote, { section: 'worries', text: 'A new worry at the top', author: someone, index: 0 });
    });
    ids = [added, ...ids];
    await until('the new statement on screen', () => textOf(added) === 'A new worry at the top');
    await untilSettled();
    expect(new Set(renders.keys())).toEqual(new Set([added, formerFirst]));
  });
});
