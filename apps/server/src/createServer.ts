/**
 * Puts the server together from its configuration: storage, the board core, the sync rooms,
 * the HTTP app and the socket adapter. `main.ts` calls this; tests call it with their own
 * config and a temporary data folder.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { CloseCode } from '@kinboard/model';
import { defaultConfig, type ServerConfig } from './config';
import { BoardAdmin } from './core/BoardAdmin';
import { BoardService } from './core/BoardService';
import { OidcSignIn } from './auth/oidcSignIn';
import { StaffAccess } from './auth/StaffAccess';
import { RetentionSweeper } from './core/RetentionSweeper';
import type { StaffStore } from './storage/StaffStore';
import { OwnerActions } from './core/OwnerActions';
import { PeopleService } from './core/PeopleService';
import { createApp } from './http/createApp';
import { OriginPolicy } from './http/originPolicy';
import type { BoardStore } from './storage/BoardStore';
import type { PeopleStore } from './storage/PeopleStore';
import { givenStorage, openStorage } from './storage/openStorage';
import { RoomRegistry } from './sync/RoomRegistry';
import { createSyncUpgrade } from './ws/syncUpgrade';

export interface KinboardServer {
  readonly config: ServerConfig;
  readonly store: BoardStore;
  readonly peopleStore: PeopleStore;
  readonly boards: BoardService;
  readonly admin: BoardAdmin;
  readonly people: PeopleService;
  readonly rooms: RoomRegistry;
  /** Staff, sessions, owners and board activity. */
  readonly staff: StaffStore;
  /** Deletes idle boards when KINBOARD_RETENTION_DAYS is set; null otherwise. */
  readonly retention: RetentionSweeper | null;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(): Promise<number>;
  /** Closes every socket cleanly, then storage. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * `store` and `peopleStore` replace the SQLite defaults (tests, benchmarks); a given board store
 * without a people store gets people kept in memory.
 */
export function createKinboardServer(overrides: Partial<ServerConfig> = {}, store?: BoardStore, peopleStore?: PeopleStore): KinboardServer {
  const config = defaultConfig(overrides);
  const storage = store ? givenStorage(store, peopleStore) : openStorage(config);
  const { boards: boardStore, people, staff } = storage;
  const boards = new BoardService(boardStore, people, config.ticketTtlMs);
  const rooms = new RoomRegistry(boardStore, {
    limits: config.limits,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadAfterMs: config.unloadAfterMs,
    log: config.log,
    leases: storage.leases,
    renewEveryMs: Math.max(100, Math.floor(config.leaseMs / 3)),
  });
  // An action that needs the board's room runs on the process serving it, whichever received it (MP6).
  const owner = new OwnerActions(rooms, storage.leases, storage.actions, { waitMs: config.leaseMs + 5_000, log: config.log });
  const admin = new BoardAdmin(boardStore, rooms, config.log, { expiryStepMs: config.linkExpiryStepMs, people, owner });
  const peopleService = new PeopleService(boards, boardStore, people, rooms, config.log, config.now);
  peopleService.connectedTo = async (boardId) => (await admin.connected(boardId)).map((p) => p.person);
  // Expiry timers are memory only: wait again for every expiry still ahead in storage.
  const armed = storage.ready.then(() => admin.expiries.armStored());
  const access = config.oidc && config.publicOrigin ? new StaffAccess(staff, config.publicOrigin, config.sessionTtlMs, config.now) : null;
  const signIn = config.oidc && config.publicOrigin ? new OidcSignIn(config.oidc, config.publicOrigin, config.now) : null;
  const app = createApp(config, boards, admin, peopleService, access && signIn ? { access, signIn } : null);
  const retention =
    config.retentionDays === null ? null : new RetentionSweeper(staff, admin, rooms, config.retentionDays, config.logger, config.now);
  const sync = createSyncUpgrade(boards, rooms, {
    maxMessageBytes: config.limits.maxMessageBytes,
    origins: new OriginPolicy(config),
    log: config.log,
    spendShared: storage.spendTicket,
    onJoin: (boardId, role, name, person) => {
      Promise.all([admin.recordJoin(boardId, role, name, person), staff.touch(boardId, config.now())]).catch((error: unknown) =>
        config.log(`join not recorded board=${boardId}: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
  });
  // Other processes hear that a board changed and look at it again; the hint carries no data (MP4).
  const hints = storage.hints;
  const hint = (boardId: string) =>
    void hints?.notify(boardId).catch((error: unknown) => config.log(`hint not sent board=${boardId}: ${String(error).slice(0, 200)}`));
  admin.onChange = hint;
  peopleService.onChange = hint;
  const recheck = async (boardId: string) => {
    const room = rooms.loaded(boardId);
    const board = await boardStore.getBoard(boardId);
    if (!board) {
      if (room) await rooms.evict(boardId, CloseCode.boardGone, 'board deleted');
    } else {
      room?.setStatus({ locked: board.locked, meeting: board.meeting });
      if (room) for (const role of ['participant', 'viewer'] as const) await admin.expiries.arm(boardId, role);
    }
    await sync.recheck(boardId);
  };
  const listening = hints
    ? storage.ready
        .then(() => owner.start())
        .then(() =>
          hints.listen(
            (boardId) =>
              void recheck(boardId).catch((error: unknown) =>
                config.log(`hint not followed board=${boardId}: ${String(error).slice(0, 200)}`),
              ),
          ),
        )
    : Promise.resolve();
  let server: Server | null = null;
  let closing: Promise<void> | null = null;

  return {
    config,
    store: boardStore,
    peopleStore: people,
    boards,
    admin,
    people: peopleService,
    rooms,
    staff,
    retention,
    async listen() {
      // Nothing is served before the schema is current and stored expiries are armed again.
      await storage.ready;
      await armed;
      await listening;
      retention?.start();
      return new Promise<number>((resolve, reject) => {
        // A request, upgrades included, that has not sent its whole head within upgradeTimeoutMs is cut [L5].
        const timeoutMs = config.limits.upgradeTimeoutMs;
        const serverOptions = {
          headersTimeout: timeoutMs,
          requestTimeout: timeoutMs * 3,
          connectionsCheckingInterval: Math.min(1000, timeoutMs),
        };
        const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host, serverOptions }, (info: AddressInfo) =>
          resolve(info.port),
        ) as Server;
        s.on('error', reject);
        s.on('upgrade', sync.handleUpgrade);
        server = s;
      });
    },
    close() {
      closing ??= (async () => {
        admin.expiries.clear();
        owner.stop();
        retention?.stop();
        const unloaded = rooms.closeAll(CloseCode.serverRestarting, 'server restarting');
        await sync.close();
        await unloaded;
        if (server) {
          server.closeAllConnections?.();
          await new Promise<void>((resolve) => server!.close(() => resolve()));
        }
        await armed.catch(() => {});
        await listening.catch(() => {});
        await storage.close();
      })();
      return closing;
    },
  };
}
