import type { ConnectionPhase } from './connectionState';

/**
 * What this connection is doing. Each phase owns the work it starts (a ticket request, a back-off
 * wait, polling the lock): entering the next phase stops it. BoardConnection's `enter` is the only
 * place the phase changes.
 *
 *   idle ─start→ ticket ─ticket→ socket ─open→ open
 *   ticket ─in the lobby→ waiting ─admitted→ socket;   waiting ─turned away→ failed
 *   ticket ─refused→ failed            socket/open ─closed→ backoff ─→ ticket
 *   socket/open ─closed (4403, not a viewer)→ lockedOut ─unlocked→ ticket
 *   any but failed/destroyed ─offline→ offline ─online→ ticket (or lockedOut when it was)
 *   socket/open ─final close code→ failed;   lockedOut ─board gone, link refused, viewer→ failed
 *   any ─destroy→ destroyed
 */
export type Phase = 'idle' | 'ticket' | 'waiting' | 'socket' | 'open' | 'backoff' | 'lockedOut' | 'offline' | 'failed' | 'destroyed';

/** A phase as a person is told it: waiting is "Connecting…" the first time, "Reconnecting…" after. */
export function shownPhase(phase: Exclude<Phase, 'destroyed'>, hasConnected: boolean): ConnectionPhase {
  switch (phase) {
    case 'open':
      return 'connected';
    case 'offline':
      return 'offline';
    case 'failed':
      return 'failed';
    case 'waiting':
      return 'waiting';
    case 'lockedOut':
      return 'reconnecting';
    default:
      return hasConnected ? 'reconnecting' : 'connecting';
  }
}
