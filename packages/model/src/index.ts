export { ModelError, ModelErrorCode } from './errors';
export { LOCAL_CHANGE, REMOTE_CHANGE, STORAGE_CHANGE, isLocalChange } from './origins';
export type { ChangeOrigin, ChangeSource } from './origins';
export { SECTIONS, TEMPLATES, isSectionId, isTemplateId } from './sections';
export type { SectionId, TemplateId } from './sections';
export { SCHEMA_VERSION, ROOT, META, STATEMENT, NETWORK_MEMBER } from './schema';
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
