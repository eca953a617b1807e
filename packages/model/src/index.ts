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
  encodeSaveCheck,
  peekSyncKind,
  SyncKind,
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
  PLAN,
  RULE,
  PLAN_LINE,
  TRAJECTORY_ITEM,
  PLAN_LISTS,
  TRAJECTORY_KINDS,
  RULE_TEXT_FIELDS,
  RULE_PEOPLE_FIELDS,
  planContingencyText,
} from './plan/planSchema';
export type { PlanList, TrajectoryKind, RuleTextField, RulePeopleField } from './plan/planSchema';
export { MAX_RULE_TEXT_LENGTH, MAX_PLAN_LINE_LENGTH, MAX_CONTINGENCY_LENGTH, MAX_RULE_TIMES, isPlanDate, isPlanTime } from './plan/planChecks';
export { addRule, moveRule, deleteRule, ruleText, newRuleId } from './plan/rules';
export type { NewRule } from './plan/rules';
export { editRuleText, setRuleDoers, setRuleWhen, setRuleWhatIf, linkRuleToStatement, unlinkRuleFromStatement } from './plan/ruleFields';
export type { RuleWhen, RuleWhatIf } from './plan/ruleFields';
export { addPlanLine, editPlanLine, movePlanLine, removePlanLine, planLineText } from './plan/planLines';
export type { NewPlanLine } from './plan/planLines';
export { addTrajectoryItem, updateTrajectoryItem, removeTrajectoryItem, trajectoryLabelText } from './plan/trajectory';
export type { NewTrajectoryItem, TrajectoryItemChanges } from './plan/trajectory';
export { editContingency } from './plan/contingency';
export { agreePlan, returnPlanToDraft } from './plan/agreement';
export type { PlanAgreement } from './plan/agreement';
export { readPlan, planContentOf, ADVISED_MAX_BOTTOM_LINES } from './plan/readPlan';
export type {
  PlanView,
  RuleView,
  PlanLineView,
  TrajectoryItemView,
  AgreementView,
  AgreedBy,
  PlanWarning,
  RemovedReferences,
} from './plan/readPlan';
export { comparePlanContent, parsePlanContent } from './plan/planContent';
export type { PlanContent, RuleContent, RuleContentField, TrajectoryContent, PlanContentField, PlanChanges } from './plan/planContent';
export { planCoverage } from './plan/planCoverage';
export type { PlanCoverage, StatementCoverage } from './plan/planCoverage';
export { personalCopyOrder } from './plan/personalCopy';
export type { PersonalRule, RuleRole } from './plan/personalCopy';
export { planToMarkdown, spellDate } from './plan/planToMarkdown';
export { listOfNames } from './plan/listOfNames';
export type { PlanCopyOptions, PlanDrawing } from './plan/planToMarkdown';
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
export { readMeetingRecordContent, peopleInTheRoom } from './meeting/meetingRecord';
export { readDrawingPages } from './draw/drawingPages';
export { isLocalBoardChange } from './meeting/boardChange';
export { REMOVAL_KINDS, removeAndKeep, readRemovals, restoreRemoval } from './removals';
export type { RemovalKind, RemovalView, Remover } from './removals';
export { readPageWords, richTextToPlain } from './draw/pageWords';
export type { PageWordsEntry } from './draw/pageWords';
export type { DrawingPageView } from './draw/drawingPages';
export type { MeetingRecordContent, MeetingSpan, RecordedScale } from './meeting/meetingRecord';
export type { FocusTarget, Summon } from './meeting/focus';
export { DOMAINS, DEFAULT_DOMAIN, isDomainId, domainSection, sectionDomains, defaultDomain } from './mapping/domains';
export type { DomainId } from './mapping/domains';
export { FRAMEWORKS, DEFAULT_FRAMEWORK, isFrameworkId, terms } from './mapping/terminology';
export type { FrameworkId, Terms, HeadingTerms, ScaleTerms, PlanCoverageTerms } from './mapping/terminology';
export { VIEWS, isViewId, currentView, setBoardView, currentFramework, setFramework, checkFramework } from './mapping/boardSettings';
export type { ViewId } from './mapping/boardSettings';
export { HOUSES, isHouseId } from './mapping/placement';
export type { HouseId } from './mapping/placement';
export { fileStatement, addStatementToDomain } from './mapping/fileStatement';
export type { NewDomainStatement } from './mapping/fileStatement';
export { setHarmDetails, HARM_FIELDS } from './mapping/harm';
export {
  MAX_HARM_DETAIL_LENGTH,
  STATEMENT_TEXT_FIELDS,
  editStatementField,
  statementFieldText,
  isStatementTextField,
} from './mapping/statementTexts';
export type { StatementTextField } from './mapping/statementTexts';
export type { HarmDetails } from './mapping/harm';
export {
  SOURCE_KINDS,
  STANCES,
  MAX_AGENCY_LENGTH,
  MAX_DISPUTE_WORDS_LENGTH,
  REMOVED_MEMBER_LABEL,
  UNNAMED_AGENCY_LABEL,
  setStatementSource,
  setStatementStance,
  statementsFromSource,
  sourcesOf,
} from './mapping/sources';
export type { SourceKind, StatementSource, Stance, SourceView } from './mapping/sources';
export { addGoalFor, pairStatements, unpair } from './mapping/pairing';
export type { UnpairedGoalReason } from './mapping/pairing';
export { readMapping, readPairs, domainStatements, columnGroups, NOT_SORTED_YET } from './mapping/readMapping';
export { readPairScales, pairScalesOf } from './mapping/pairScales';
export type { PairScaleView, PairScaleReading } from './mapping/pairScales';
export type { MappingView, ColumnView, DomainView, MappedStatement, PairingFlag, PairView, PairsView, StatementGroup } from './mapping/readMapping';
export { composeDangerStatement, MISSING_PART } from './mapping/composeDangerStatement';
export type { DangerStatementParts } from './mapping/composeDangerStatement';
export { HOUSE_WORDS, REMOVED_CHILD_NAME, addChildWords, placeInHouse, readThreeHouses } from './mapping/threeHouses';
export type { NewChildWords, ChildWordsView, HouseView, ChildHousesView } from './mapping/threeHouses';
export { checkPlainLanguage, applyHint, DEFAULT_MAX_SENTENCE_WORDS } from './language/checkPlainLanguage';
export type { HintKind, PlainLanguageHint, PlainLanguageOptions } from './language/checkPlainLanguage';
export { DICTIONARY } from './language/dictionary';
export type { DictionaryTerm, DictionaryKind } from './language/dictionary';
export { parseDictionaryExtension, MAX_EXTENSION_TERMS } from './language/dictionaryExtension';
export { createUndoableDeletion } from './undoableDeletion';
export type { UndoableDeletion } from './undoableDeletion';
export { drawRecordsArray, drawMetaMap, DRAW_META } from './draw/drawSchema';
export type { DrawRecordEntry } from './draw/drawSchema';
export { drawPageText, editPageText, readPageText, MAX_PAGE_TEXT_LENGTH } from './draw/pageTexts';
export { pageHasShapes } from './draw/pageContent';
