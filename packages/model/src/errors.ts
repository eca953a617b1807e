/** Codes a model operation can fail with. Each names what was wrong, in the meeting's terms. */
export const ModelErrorCode = {
  statementNotFound: 'statement_not_found',
  unknownSection: 'unknown_section',
  unknownTemplate: 'unknown_template',
  invalidText: 'invalid_text',
  unsupportedSchema: 'unsupported_schema',
  invalidOrder: 'invalid_order',
  duplicateId: 'duplicate_id',
  memberNotFound: 'member_not_found',
} as const;
export type ModelErrorCode = (typeof ModelErrorCode)[keyof typeof ModelErrorCode];

/** An operation refused because its input does not fit the board. Nothing was changed. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  constructor(
    readonly code: ModelErrorCode,
    message: string,
  ) {
    super(message);
  }
}
