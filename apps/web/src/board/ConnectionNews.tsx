import { useEffect, useRef, useState } from 'react';
import type { ConnectionPhase } from '../connection/connectionState';
import { t } from '../i18n';

/**
 * How long the connection may be away before a screen reader is told: a blip that mends itself
 * inside this time is not news.
 */
export const OFFLINE_GRACE_MS = 4000;

export interface ConnectionNewsProps {
  readonly phase: ConnectionPhase;
  readonly everythingSaved: boolean;
  /** A viewer, or someone on a locked board: nothing of theirs waits to be saved. */
  readonly readOnly: boolean;
}

function isAway(phase: ConnectionPhase): boolean {
  return phase === 'offline' || phase === 'reconnecting';
}

/**
 * The one live region for the connection. The pill and the save words change on every blip and
 * keystroke, so they are silent; a screen reader hears only what matters: that this device has
 * been offline for a while (after OFFLINE_GRACE_MS), and, once it was told so, that it is back
 * online with everything saved. A final failure is the header's alert.
 */
export function ConnectionNews({ phase, everythingSaved, readOnly }: ConnectionNewsProps) {
  const [news, setNews] = useState('');
  const told = useRef(false);
  const away = isAway(phase);

  useEffect(() => {
    if (!away) return undefined;
    const timer = setTimeout(() => {
      told.current = true;
      setNews(
        `${t('board.BoardHeader.youAreOffline')} ${readOnly ? t('board.BoardHeader.theBoardWillUpdateWhen') : t('board.BoardHeader.youCanKeepWorkingYour')}`,
      );
    }, OFFLINE_GRACE_MS);
    return () => clearTimeout(timer);
  }, [away, readOnly]);

  useEffect(() => {
    if (phase !== 'connected' || !told.current) return;
    if (!readOnly && !everythingSaved) return;
    told.current = false;
    setNews(readOnly ? t('board.ConnectionNews.backOnline') : t('board.SaveStatus.backOnline'));
  }, [phase, everythingSaved, readOnly]);

  return (
    <p className="visually-hidden" role="status">
      {news}
    </p>
  );
}
