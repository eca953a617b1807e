export { ModelError, ModelErrorCode } from './errors';
export { LOCAL_CHANGE, REMOTE_CHANGE, STORAGE_CHANGE, SERVER_CHANGE, isLocalChange } from './origins';
export type { ChangeOrigin, ChangeSource } from './origins';
export { SECTIONS, TEMPLATES, isSectionId, isTemplateId } from './sections';
export type { SectionId, TemplateId } from './sections';
export { SCHEMA_VERSION, ROOT, META, STATEMENT, NETWORK_MEMBER, SCALE, ROUND, MEETING } from './schema';
export type { Placement } from './schema';
export { migrateBoard, storedSchemaVersion } from './migrations';
export { createBoard, MAX_TITLE_LENGTH } from './createBoard';
export type { NewBoard } from './createBoard';
export {
  addStatement,
  editStatement,
  moveStatement,
  deleteStatement,
  statementText,
  newStatementId,
  MAX_STATEMENT_LENGTH,
} from './statements';
export type { Author, NewStatement } from './statements';
export { readBoard, sectionStatements } from './readBoard';
export type { BoardView, SectionView, StatementView } from './readBoard';
export { orderKeyBetween, compareOrder, isOrderKey } from './orderKey';
export { textSplice } from './textSplice';
export type { TextSplice } from './textSplice';
export { CloseCode, CLOSE_REASON_TEXT, isFinalClose } from './protocol/closeCodes';
export {
  MESSAGE_SAVED,
  encodeSavedSubscribe,
  readSavedSubscribe,
  encodeSavedAck,
  readSavedAck,
  isEverythingSaved,
} from './protocol/savedMessage';
export { readBoardStatus, PRESENCE_STATUS_FIELD, UNKNOWN_STATUS } from './protocol/boardStatus';
export type { BoardStatus } from './protocol/boardStatus';
export {
  addNetworkMember,
  updateNetworkMember,
  removeNetworkMember,
  readNetwork,
  ATTENDANCE,
  MEMBER_KINDS,
  MAX_MEMBER_NAME_LENGTH,
} from './network/networkMembers';
export type { Attendance, MemberKind, NetworkMemberView, NewNetworkMember, NetworkMemberChanges } from './network/networkMembers';
export { SCALE_MIN, SCALE_MAX, SCALE_STEP, isScaleValue, checkScaleValue, formatScaleValue } from './scales/scaleValue';
export { checkAnswer, isAnswerKey, participantAnswerKey, memberAnswerKey, MAX_ANSWER_TEXT } from './scales/answer';
export type { Answer } from './scales/answer';
export { roundStats } from './scales/roundStats';
export type { RoundStats } from './scales/roundStats';
export { DEFAULT_SCALE_ID, ensureDefaultScale, addScale, updateScale, archiveScale } from './scales/scales';
export type { NewScale, ScaleChanges } from './scales/scales';
export {
  ROUND_MODES,
  ROUND_STATES,
  openRound,
  giveOpenAnswer,
  removeAnswer,
  markAnswered,
  revealAnswers,
  revealOpenRound,
  closeRound,
  activeRoundId,
  roundRecord,
  roundMode,
  roundState,
} from './scales/rounds';
export type { RoundMode, RoundState, NewRound } from './scales/rounds';
export { readScales, readRounds } from './scales/readScales';
export type { ScaleView, RoundView, AnswerView, InvalidAnswerView } from './scales/readScales';
export { MESSAGE_ROUND, parseRoundRequest, encodeRoundMessage, readRoundMessageText, parseRoundReply } from './protocol/roundMessage';
export type { RoundRequest, RoundReply } from './protocol/roundMessage';
export { compareBoards } from './meetings/compareBoards';
export type { BoardComparison, StatementChange, ScaleMove } from './meetings/compareBoards';
export {
  STANDARD_STEPS,
  readAgenda,
  setUpAgenda,
  addAgendaStep,
  removeAgendaStep,
  goToStep,
  currentStep,
  stepBy,
} from './meeting/agenda';
export type { AgendaStepView, StepKind } from './meeting/agenda';
export { startTimer, pauseTimer, resumeTimer, extendTimer, clearTimer, readTimer } from './meeting/stepTimer';
export type { StepTimer, TimerReading } from './meeting/stepTimer';
export { summonEveryone, readSummon, isFocusTarget } from './meeting/focus';
