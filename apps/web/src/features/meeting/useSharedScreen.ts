/**
 * Shared-screen mode for the TV in the room: a class on the board root, and the browser's full
 * screen where the Fullscreen API allows it. Leaving full screen (Esc) leaves the mode too.
 * `?screen=shared` in the address opens the mode at once (full screen needs a click, so a TV
 * bookmark shows the big view in the window until someone presses the button).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SharedScreen } from './meetingContext';

function openedShared(): boolean {
  return new URLSearchParams(window.location.search).get('screen') === 'shared';
}

export function useSharedScreen(): SharedScreen {
  const [on, setOn] = useState(openedShared);
  const wentFullscreen = useRef(false);

  const open = useCallback(() => {
    setOn(true);
    const root = document.documentElement;
    if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().then(
        () => {
          wentFullscreen.current = true;
        },
        () => undefined,
      );
    }
  }, []);

  const close = useCallback(() => {
    setOn(false);
    if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
    wentFullscreen.current = false;
  }, []);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && wentFullscreen.current) {
        wentFullscreen.current = false;
        setOn(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  return { on, open, close };
}
