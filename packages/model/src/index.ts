/**
 * The model's public surface: what the web app, the server and the bench use, and the operations
 * the README lists. Every name is documented where it is defined; anything not here is the
 * model's own business.
 */
export { ModelError, ModelErrorCode } from './errors';
export { STORAGE_CHANGE, SERVER_CHANGE } from './origins';
export type { ChangeOrigin } from './origins';
export { SECTIONS, TEMPLATES, isSectionId, isTemplateId } from './sections';
export type { SectionId, TemplateId } from './sections';
export { SCHEMA_VERSION, ROOT, META, ROUND } from './schema';
export { migrateBoard, storedSchemaVersion } from './migrations';
export { createBoard, MAX_TITLE_LENGTH } from './createBoard';
export { addStatement, editStatement, moveStatement, deleteStatement, statementText, MAX_STATEMENT_LENGTH } from './statements';
export type { Author } from './statements';
export { readBoard, readBoardTitle, sectionStatements } from './readBoard';
export type { BoardView, SectionView } from './readBoard';
export { CloseCode, closeCodeName, isFinalClose } from './protocol/closeCodes';
export { MessageType } from './protocol/messageTypes';
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
export { MEMBER_IDENTITY } from './people/memberIdentity';
export { resolveMembers } from './people/resolveMembers';
export { linkMemberToPerson, mergeNetworkMembers } from './people/mergeMembers';
export { memberLookup, memberOfPerson } from './people/memberLookup';
export { answerKeysOf, stillToAnswer } from './people/stillToAnswer';
export type { ConnectedPerson, StillToAnswer } from './people/stillToAnswer';
export { meetingAttendance } from './people/attendance';
export { PERSON_DETAILS, setPersonDetails } from './people/personDetails';
export { INTERFACE_LANGUAGES, RIGHT_TO_LEFT, isInterfaceLanguage } from './people/personLanguage';
export type { InterfaceLanguage } from './people/personLanguage';
export type { PersonDetails } from './people/personDetails';
export type { Attended, JoinedPerson } from './people/attendance';
export { SCALE_MIN, SCALE_MAX, SCALE_STEP, formatScaleValue } from './scales/scaleValue';
export { checkAnswer, participantAnswerKey, memberAnswerKey } from './scales/answer';
export type { Answer } from './scales/answer';
export type { RoundStats } from './scales/roundStats';
export { DEFAULT_SCALE_ID, ensureDefaultScale, addScale, updateScale } from './scales/scales';
export { MAX_SCALE_TEXT, SCALE_WORD_FIELDS, editScaleWords, scaleWordsText } from './scales/scaleWords';
export type { ScaleWordField } from './scales/scaleWords';
export { MEMBER_WORD_FIELDS, editMemberWords, memberWordsText } from './network/memberWords';
export type { MemberWordField } from './network/memberWords';
export { openRound, giveOpenAnswer, removeAnswer, markAnswered, revealAnswers, closeRound, roundRecord } from './scales/rounds';
export type { RoundMode } from './scales/rounds';
export { readScales, readRounds } from './scales/readScales';
export type { ScaleView, RoundView, AnswerView } from './scales/readScales';
export { MESSAGE_ROUND, parseRoundRequest, encodeRoundMessage, readRoundMessageText, parseRoundReply } from './protocol/roundMessage';
export type { RoundRequest, RoundReply } from './protocol/roundMessage';
export { compareBoards } from './meeting/compareBoards';
export { TRAJECTORY_KINDS, planContingencyText } from './plan/planSchema';
export type { PlanList, TrajectoryKind, RuleTextField } from './plan/planSchema';
export { MAX_RULE_TEXT_LENGTH, MAX_PLAN_LINE_LENGTH, MAX_CONTINGENCY_LENGTH, isPlanDate, isPlanTime } from './plan/planChecks';
export { addRule, moveRule, deleteRule, ruleText } from './plan/rules';
export { editRuleText, setRuleDoers, setRuleWhen, setRuleWhatIf, linkRuleToStatement, unlinkRuleFromStatement } from './plan/ruleFields';
export { addPlanLine, editPlanLine, movePlanLine, removePlanLine, planLineText } from './plan/planLines';
export { addTrajectoryItem, updateTrajectoryItem, removeTrajectoryItem, trajectoryLabelText } from './plan/trajectory';
export { editContingency } from './plan/contingency';
export { agreePlan, returnPlanToDraft } from './plan/agreement';
export { readPlan, ADVISED_MAX_BOTTOM_LINES } from './plan/readPlan';
export type { PlanView, RuleView, PlanLineView, TrajectoryItemView } from './plan/readPlan';
export type { RuleContentField, PlanContentField, PlanChanges } from './plan/planContent';
export { planCoverage } from './plan/planCoverage';
export type { PlanCoverage } from './plan/planCoverage';
export { personalCopyOrder } from './plan/personalCopy';
export { TRAJECTORY_WORDS, planToMarkdown, spellDate } from './plan/planToMarkdown';
export { listOfNames } from './plan/listOfNames';
export { readAgenda, setUpAgenda, addAgendaStep, removeAgendaStep, goToStep, currentStep, stepBy, STANDARD_STEPS } from './meeting/agenda';
export type { AgendaStepView, StepKind } from './meeting/agenda';
export { startTimer, pauseTimer, resumeTimer, extendTimer, clearTimer, readTimer } from './meeting/stepTimer';
export type { TimerReading } from './meeting/stepTimer';
export { summonEveryone, readSummon, isFocusTarget } from './meeting/focus';
export {
  ROOM_JOIN,
  ROOM_PACES,
  STEP_TARGET,
  isRoomTarget,
  readRoomScreen,
  roomPageAt,
  setRoomLanguage,
  setRoomPace,
  showOnRoomScreen,
  showStepOnRoomScreen,
  turnRoomPage,
} from './meeting/roomScreen';
export type { RoomScreenView, RoomTarget } from './meeting/roomScreen';
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
export { DOMAINS, isDomainId } from './mapping/domains';
export type { DomainId } from './mapping/domains';
export { FRAMEWORKS, DEFAULT_FRAMEWORK, isFrameworkId, terms } from './mapping/terminology';
export type { FrameworkId, HeadingTerms, Terms, PlanCoverageTerms } from './mapping/terminology';
export { setBoardView, currentFramework, setFramework } from './mapping/boardSettings';
export type { ViewId } from './mapping/boardSettings';
export { HOUSES } from './mapping/placement';
export { fileStatement, addStatementToDomain } from './mapping/fileStatement';
export { setHarmDetails, HARM_FIELDS } from './mapping/harm';
export { MAX_HARM_DETAIL_LENGTH, editStatementField, statementFieldText, isStatementTextField } from './mapping/statementTexts';
export type { StatementTextField } from './mapping/statementTexts';
export type { HarmDetails } from './mapping/harm';
export { MAX_AGENCY_LENGTH, MAX_DISPUTE_WORDS_LENGTH, setStatementSource, setStatementStance, sourcesOf } from './mapping/sources';
export type { StatementSource, SourceView } from './mapping/sources';
export { addGoalFor, pairStatements, unpair } from './mapping/pairing';
export { readMapping, readPairs, domainStatements, columnGroups } from './mapping/readMapping';
export { readPairScales } from './mapping/pairScales';
export type { MappingView, ColumnView, MappedStatement, PairsView } from './mapping/readMapping';
export { composeDangerStatement } from './mapping/composeDangerStatement';
export { addChildWords, placeInHouse, readThreeHouses } from './mapping/threeHouses';
export type { ChildWordsView, HouseView, ChildHousesView } from './mapping/threeHouses';
export { checkPlainLanguage, applyHint } from './language/checkPlainLanguage';
export type { HintCode, PlainLanguageHint } from './language/checkPlainLanguage';
export { DICTIONARY } from './language/dictionary';
export type { DictionaryTerm } from './language/dictionary';
export { parseDictionaryExtension } from './language/dictionaryExtension';
export { createUndoableDeletion } from './undoableDeletion';
export type { UndoableDeletion } from './undoableDeletion';
export { drawRecordsArray, drawMetaMap, DRAW_META } from './draw/drawSchema';
export { drawPageText, editPageText, readPageText, MAX_PAGE_TEXT_LENGTH } from './draw/pageTexts';
export { pageHasShapes } from './draw/pageContent';
export {
  MEETING_KINDS,
  MEETING_KIND_NAMES,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_NAMES,
  NO_DECISION,
  MAX_DECISION_TEXT,
  setMeetingKind,
  setDecision,
  readMeetingOutcome,
  decisionForm,
  decisionLines,
  meetingKindName,
  planCategoryName,
} from './meeting/meetingKind';
export type { MeetingKind, PlanCategory, MeetingDecision, MeetingOutcome, Disagreement, DecisionForm } from './meeting/meetingKind';
export { EVIDENCE_KINDS, EVIDENCE_WORDS, isEvidence, setStatementEvidence } from './mapping/evidence';
export type { Evidence } from './mapping/evidence';
export { readOutputSource } from './outputs/outputSource';
export type { OutputSource } from './outputs/outputSource';
export { CHAIR_SUMMARY_FORMAT, chairSummary, summaryToJson } from './outputs/chairSummary';
export type {
  OutputOptions,
  ChairSummary,
  SummaryDomain,
  SummaryStatement,
  SummaryScale,
  SummaryAnswer,
  SummaryStep,
} from './outputs/chairSummary';
export { summaryToMarkdown, statementNote, evidenceName } from './outputs/summaryMarkdown';
export { OUTPUT_WORDS, englishSay } from './outputs/outputWords';
export type { OutputWordId, Say } from './outputs/outputWords';
export { CHAIR_SUMMARY_JSON_SCHEMA } from './outputs/summarySchema';
export { PART_WORDS, partName, personCopy } from './outputs/personCopy';
export type { PersonCopy, CopyRule, CopyNetworkMember, NetworkPart } from './outputs/personCopy';
export { personCopyToMarkdown } from './outputs/personCopyMarkdown';
export {
  CHILD_VERSION_PARTS,
  CHILD_VERSION_HEADINGS,
  MAX_CHILD_VERSION_TEXT,
  childVersion,
  childVersionText,
  childVersionToMarkdown,
  editChildVersion,
} from './outputs/childVersion';
export type { ChildVersion, ChildVersionPart, ChildVersionSection } from './outputs/childVersion';
export { scaleChangesByPerson, personChangeText } from './outputs/scaleChanges';
export type { ScaleChange, PersonScaleChange } from './outputs/scaleChanges';
export { networkMapPlan, personMapText, REMOVED_FROM_LIST, PERSON_SIZE, MAP_RADIUS } from './network/networkMapPlan';
export type { NetworkMapPlan, PlacedPerson, PersonToDraw, MapGroup } from './network/networkMapPlan';
