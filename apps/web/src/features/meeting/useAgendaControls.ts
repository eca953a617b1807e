/** The chair's moves through the agenda: each move also takes the chair's focus to the step's part. */
import { useCallback } from 'react';
import { goToStep, readAgenda, stepBy, currentStep, type AgendaStepView } from '@kinboard/model';
import { useBoardSession } from '../../hooks/boardContext';
import { useBoardFocus } from '../../board/boardFocus';
import { STEP_FOCUS } from './follow';

export function useAgendaControls() {
  const { connection } = useBoardSession();
  const { setFocus } = useBoardFocus();
  const doc = connection.doc;

  const focusOn = useCallback(
    (step: AgendaStepView | null) => {
      const target = step ? STEP_FOCUS[step.kind] : null;
      if (target) setFocus(target);
    },
    [setFocus],
  );

  const go = useCallback(
    (stepId: string) => {
      goToStep(doc, stepId);
      focusOn(readAgenda(doc).find((s) => s.id === stepId) ?? null);
    },
    [doc, focusOn],
  );

  const move = useCallback(
    (delta: 1 | -1) => {
      stepBy(doc, delta);
      focusOn(currentStep(doc));
    },
    [doc, focusOn],
  );

  return { go, next: () => move(1), previous: () => move(-1) };
}
