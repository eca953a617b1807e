/**
 * An agenda step's title as the person reads it. The four standard steps are written into the board
 * in English when the agenda is set up; while a chair has not renamed one, it reads in the person's
 * language (known by its fixed id). A step someone named stays as they wrote it.
 */
import { type AgendaStepView, STANDARD_STEPS } from '@kinboard/model';
import { type MessageId, t } from './messages';

const WORDS: Readonly<Record<string, MessageId>> = {
  'step-working-well': 'meeting.step.workingWell',
  'step-worries': 'meeting.step.worries',
  'step-scaling': 'meeting.step.scaling',
  'step-next-steps': 'meeting.step.nextSteps',
};

export function stepTitle(step: Pick<AgendaStepView, 'id' | 'title'>): string {
  const standard = STANDARD_STEPS.find((s) => s.id === step.id);
  const id = WORDS[step.id];
  return standard && id && standard.title === step.title ? t(id) : step.title;
}
