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
  scaleNotFound: 'scale_not_found',
  roundNotFound: 'round_not_found',
  invalidScaleValue: 'invalid_scale_value',
  roundState: 'round_state',
  ruleNotFound: 'rule_not_found',
  planItemNotFound: 'plan_item_not_found',
  invalidDate: 'invalid_date',
  invalidTime: 'invalid_time',
  invalidAgreement: 'invalid_agreement',
  unknownDomain: 'unknown_domain',
  unknownView: 'unknown_view',
  unknownFramework: 'unknown_framework',
  notADangerStatement: 'not_a_danger_statement',
  notAGoal: 'not_a_goal',
  alreadyPaired: 'already_paired',
  notAChild: 'not_a_child',
  invalidSource: 'invalid_source',
  invalidDictionary: 'invalid_dictionary',
  unknownDrawPage: 'unknown_draw_page',
  removalNotFound: 'removal_not_found',
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
