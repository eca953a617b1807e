import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * Keeps the keyboard focus in `container` when what it holds changes under it: if the control
 * someone pressed inside it went away (Start meeting becomes End meeting, Show everyone's numbers
 * becomes Close the round), the focus moves to `prefer` (or the first control) inside it instead of
 * falling to the page. Focus that is somewhere else is left alone.
 *
 * @example
 * useFocusKeeper(row, Boolean(status.meeting));
 */
export function useFocusKeeper(container: RefObject<HTMLElement | null>, key: unknown, prefer?: string): void {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const onFocus = (event: FocusEvent) => {
      last.current = event.target instanceof Element ? event.target : null;
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, [container]);

  // Runs when what the container holds changes (`key`), after React has put the new controls in.
  useEffect(() => {
    const element = container.current;
    const focused = last.current;
    if (!element || !focused || focused.isConnected) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    last.current = null;
    const target = (prefer ? element.querySelector<HTMLElement>(prefer) : null) ?? element.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
  }, [key]);
}
