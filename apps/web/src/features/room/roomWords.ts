/**
 * Every word the room screen shows, in one place; each reads from the message catalogues in the
 * person's language when it is shown (getters and functions, so a change of language takes effect
 * at once).
 */
import type { Role } from '../../api/roles';
import { t } from '../../i18n';

export const ROOM_WORDS = {
  get boardTitle() {
    return t('room.words.boardTitle');
  },
  stepCount: (at: number, of: number) => t('room.words.stepCount', { at, of }),
  get leave() {
    return t('room.words.leave');
  },
  get locked() {
    return t('room.words.locked');
  },
  get notStarted() {
    return t('room.words.notStarted');
  },
  get ownStep() {
    return t('room.words.ownStep');
  },
  page: (at: number, of: number) => t('room.words.page', { at, of }),
  get pageWord() {
    return t('room.words.pageWord');
  },
  get hereToday() {
    return t('room.words.hereToday');
  },
  onDevice: (role: Role) => t('room.words.onDevice', { role: t(`people.role.${role}`) }),
  get inRoom() {
    return t('room.words.inRoom');
  },
  onDevices: (count: number) => t('room.words.onDevices', { count }),
  manyInRoom: (count: number) => t('room.words.manyInRoom', { count }),
  get nothingYet() {
    return t('room.words.nothingYet');
  },
  get beingWritten() {
    return t('room.words.beingWritten');
  },
  continued: (heading: string) => t('room.words.continued', { heading }),
  get goal() {
    return t('room.words.goal');
  },
  get nextStep() {
    return t('room.words.nextStep');
  },
  get answers() {
    return t('room.words.answers');
  },
  get noWorryYet() {
    return t('room.words.noWorryYet');
  },
  get agenda() {
    return t('room.words.agenda');
  },
  get scaleZero() {
    return t('room.words.scaleZero');
  },
  get scaleTen() {
    return t('room.words.scaleTen');
  },
  get whyNotLower() {
    return t('room.words.whyNotLower');
  },
  get oneHigher() {
    return t('room.words.oneHigher');
  },
  get noAnswers() {
    return t('room.words.noAnswers');
  },
  hiddenAnswers: (answered: number) => t('room.words.hiddenAnswers', { count: answered }),
  median: (value: string) => t('room.words.median', { value }),
  get drawingEmpty() {
    return t('room.words.drawingEmpty');
  },
  get joinHeading() {
    return t('room.words.joinHeading');
  },
  get joinSteps(): readonly string[] {
    return [t('room.words.joinStepCamera'), t('room.words.joinStepPoint'), t('room.words.joinStepTap'), t('room.words.joinStepWait')];
  },
  get joinCode() {
    return t('room.words.joinCode');
  },
  get joinUnknown() {
    return t('room.words.joinUnknown');
  },
  get planHeading() {
    return t('room.words.planHeading');
  },
  get planRules() {
    return t('room.words.planRules');
  },
  get planBottomLines() {
    return t('room.words.planBottomLines');
  },
  planWho: (names: string) => t('room.words.planWho', { names }),
  planWhen: (when: string) => t('room.words.planWhen', { when }),
  planIfAway: (text: string) => t('room.words.planIfAway', { text }),
  get planContingency() {
    return t('room.words.planContingency');
  },
};
