import { useSyncExternalStore } from 'react';
import type { BoardConnection } from '../connection/BoardConnection';
import type { ConnectionState } from '../connection/connectionState';

/** The connection's phase, role and saved state, re-rendering when any of them changes. */
export function useConnectionState(connection: BoardConnection): ConnectionState {
  return useSyncExternalStore(connection.subscribe, connection.getState);
}
