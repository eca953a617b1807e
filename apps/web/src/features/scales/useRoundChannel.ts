import { useEffect, useState } from 'react';
import type { BoardConnection } from '../../connection/BoardConnection';
import { createRoundChannel, type RoundChannel } from './roundChannel';

/** The blind-round channel of this board's connection, open while the component is mounted. */
export function useRoundChannel(connection: BoardConnection): RoundChannel | null {
  const [channel, setChannel] = useState<RoundChannel | null>(null);
  useEffect(() => {
    const opened = createRoundChannel({
      send: (bytes) => connection.sendMessage(bytes),
      onMessage: (type, handler) => connection.onMessage(type, handler),
    });
    setChannel(opened);
    return () => opened.close();
  }, [connection]);
  return channel;
}
