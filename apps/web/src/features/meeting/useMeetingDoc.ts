/** The meeting's shared state in the document: agenda, current step and the step timer. */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { currentStep, readAgenda, readTimer, type AgendaStepView, type TimerReading } from '@kinboard/model';
import { useDocView } from '../../hooks/useDocView';

export function useAgenda(doc: Y.Doc): readonly AgendaStepView[] {
  return useDocView(doc, readAgenda);
}

export function useCurrentStep(doc: Y.Doc): AgendaStepView | null {
  return useDocView(doc, currentStep);
}

const readTimerNow = (doc: Y.Doc) => readTimer(doc);

/** The step timer as this screen's clock reads it, re-read four times a second while it runs. */
export function useStepTimer(doc: Y.Doc): TimerReading | null {
  const stored = useDocView(doc, readTimerNow);
  const running = stored?.running ?? false;
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const tick = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(tick);
  }, [running]);
  return stored ? readTimer(doc, Date.now()) : null;
}
