/**
 * Who the room is still waiting for, once each (see the model's people/stillToAnswer.ts): people
 * with the board open who take part and network members the chair records for, minus those who
 * have answered under any of their keys. The chair is not listed, nor the shared screen.
 */
import { stillToAnswer, type NetworkMemberView, type StillToAnswer } from '@kinboard/model';

export interface PersonWhoCanAnswer {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export type Unanswered = StillToAnswer;

export function whoHasNotAnswered(
  peopleHere: readonly PersonWhoCanAnswer[],
  members: readonly NetworkMemberView[],
  answered: readonly { readonly key: string }[],
): Unanswered[] {
  return stillToAnswer(peopleHere, members, answered);
}
