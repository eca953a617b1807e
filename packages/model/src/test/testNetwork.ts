/**
 * A deterministic in-memory network of Y.Docs for convergence tests, in the spirit of Yjs's
 * TestConnector. Every local change a peer makes is sent to every other online peer as a separate
 * message with a random delay, so messages arrive late, out of order and sometimes twice. A peer can
 * go offline (its messages are lost both ways) and come back, when it exchanges full state with each
 * online peer the way a reconnecting provider runs sync step 1 and 2. All randomness comes from one
 * seed, so a failing seed replays exactly.
 *
 * Updates the network applies carry the network itself as their transaction origin and are never
 * re-sent: each peer sends only its own changes, and resyncs fill any gaps.
 */
import * as Y from 'yjs';
import { mulberry32, randomInt, type Random } from './random';

export interface TestNetworkOptions {
  readonly peers: number;
  readonly seed: number;
  /** Longest delay of a message, in ticks. */
  readonly maxDelay?: number;
  /** Chance that a message is delivered a second time. */
  readonly duplicateRate?: number;
  /** Chance per tick that two online peers exchange full state, as after a reconnect. */
  readonly resyncRate?: number;
}

interface Message {
  readonly to: number;
  readonly update: Uint8Array;
  readonly deliverAt: number;
}

export interface NetworkStats {
  sent: number;
  delivered: number;
  duplicated: number;
  dropped: number;
  resyncs: number;
}

export class TestNetwork {
  readonly docs: readonly Y.Doc[];
  readonly random: Random;
  readonly stats: NetworkStats = { sent: 0, delivered: 0, duplicated: 0, dropped: 0, resyncs: 0 };
  private readonly maxDelay: number;
  private readonly duplicateRate: number;
  private readonly resyncRate: number;
  private readonly online: boolean[];
  private queue: Message[] = [];
  private now = 0;

  constructor(options: TestNetworkOptions) {
    this.random = mulberry32(options.seed);
    this.maxDelay = options.maxDelay ?? 6;
    this.duplicateRate = options.duplicateRate ?? 0.1;
    this.resyncRate = options.resyncRate ?? 0.03;
    this.online = Array.from({ length: options.peers }, () => true);
    this.docs = Array.from({ length: options.peers }, (_, i) => {
      const doc = new Y.Doc();
      // Fixed client ids make Yjs's own conflict resolution replay exactly too.
      doc.clientID = i + 1;
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== this) this.send(i, update);
      });
      return doc;
    });
  }

  isOnline(peer: number): boolean {
    return this.online[peer]!;
  }

  /** Takes a peer off the network: what it sends and what is sent to it is lost until it reconnects. */
  disconnect(peer: number): void {
    this.online[peer] = false;
  }

  /** Brings a peer back and exchanges full state with every online peer. */
  reconnect(peer: number): void {
    this.online[peer] = true;
    this.docs.forEach((_, other) => {
      if (other !== peer && this.online[other]) this.exchange(peer, other);
    });
  }

  /** Sync step 1 and 2 in both directions between two peers, applied at once. */
  exchange(a: number, b: number): void {
    const docA = this.docs[a]!;
    const docB = this.docs[b]!;
    const forB = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
    const forA = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
    Y.applyUpdate(docB, forB, this);
    Y.applyUpdate(docA, forA, this);
    this.stats.resyncs++;
  }

  /** Advances time by one tick: delivers the messages that are due, in random order. */
  tick(): void {
    this.now++;
    const due: Message[] = [];
    const later: Message[] = [];
    for (const message of this.queue) (message.deliverAt <= this.now ? due : later).push(message);
    this.queue = later;
    this.shuffle(due);
    for (const message of due) this.deliver(message);
    if (this.random() < this.resyncRate) {
      const a = randomInt(this.random, this.docs.length);
      const b = randomInt(this.random, this.docs.length);
      if (a !== b && this.online[a] && this.online[b]) this.exchange(a, b);
    }
  }

  /** Reconnects every peer and delivers every message still in flight. */
  flush(): void {
    this.online.forEach((isOnline, peer) => {
      if (!isOnline) this.reconnect(peer);
    });
    while (this.queue.length > 0) this.tick();
  }

  /** Messages sent but not yet delivered. */
  get inFlight(): number {
    return this.queue.length;
  }

  destroy(): void {
    for (const doc of this.docs) doc.destroy();
    this.queue = [];
  }

  private send(from: number, update: Uint8Array): void {
    if (!this.online[from]) {
      this.stats.dropped += this.docs.length - 1;
      return;
    }
    this.docs.forEach((_, to) => {
      if (to === from) return;
      this.enqueue(to, update);
      this.stats.sent++;
      if (this.random() < this.duplicateRate) {
        this.enqueue(to, update);
        this.stats.duplicated++;
      }
    });
  }

  private enqueue(to: number, update: Uint8Array): void {
    this.queue.push({ to, update, deliverAt: this.now + 1 + randomInt(this.random, this.maxDelay) });
  }

  private deliver(message: Message): void {
    if (!this.online[message.to]) {
      this.stats.dropped++;
      return;
    }
    Y.applyUpdate(this.docs[message.to]!, message.update, this);
    this.stats.delivered++;
  }

  private shuffle<T>(items: T[]): void {
    for (let i = items.length - 1; i > 0; i--) {
      const j = randomInt(this.random, i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
  }
}
