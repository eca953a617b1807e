/**
 * The published shape of the chair's summary as JSON (JSON Schema, draft 2020-12), for case-file
 * systems that import it. It matches `ChairSummary` in chairSummary.ts; a model test validates
 * real summaries against it, so the two cannot drift apart unnoticed.
 */
import { EVIDENCE_KINDS } from '../mapping/evidence';
import { DOMAINS } from '../mapping/domains';
import { MEETING_KINDS, PLAN_CATEGORIES } from '../meeting/meetingKind';
import { CHAIR_SUMMARY_FORMAT } from './chairSummary';

const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const yesNo = { type: ['boolean', 'null'] } as const;

const harm = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['when', 'howOften', 'howSevere', 'impactOnChild'],
  properties: { when: text, howOften: text, howSevere: text, impactOnChild: text },
} as const;

const statement = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'source', 'evidence', 'stance', 'disputeWords', 'harm', 'goal'],
  properties: {
    text: { ...text, description: 'The statement as written on the board.' },
    source: { ...nullableText, description: 'Whose view it is: a name, "The child", "A parent" or an agency.' },
    evidence: { enum: [...EVIDENCE_KINDS, null], description: 'Fact or opinion.' },
    stance: { enum: ['agreed', 'disputed', null], description: 'Whether the family agrees.' },
    disputeWords: text,
    harm: { ...harm, description: 'Harm only: its details.' },
    goal: { ...nullableText, description: 'Danger statements only: the paired goal; null when none.' },
  },
} as const;

/** JSON Schema of `summaryToJson`'s output. */
export const CHAIR_SUMMARY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:kinboard:chair-summary:1',
  title: "Kinboard chair's summary",
  type: 'object',
  additionalProperties: false,
  required: [
    'format',
    'boardTitle',
    'meetingDate',
    'meetingKind',
    'meetingKindName',
    'decision',
    'decisionLines',
    'domains',
    'unsorted',
    'planSteps',
    'scales',
  ],
  properties: {
    format: { const: CHAIR_SUMMARY_FORMAT },
    boardTitle: text,
    meetingDate: text,
    meetingKind: { enum: [...MEETING_KINDS, null] },
    meetingKindName: text,
    decision: {
      type: 'object',
      additionalProperties: false,
      required: ['planNeeded', 'category', 'planAgreed', 'nextReview', 'disagreements', 'notes'],
      properties: {
        planNeeded: yesNo,
        category: { enum: [...PLAN_CATEGORIES, null] },
        planAgreed: yesNo,
        nextReview: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        disagreements: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['name', 'why'], properties: { name: text, why: text } },
        },
        notes: text,
      },
    },
    decisionLines: { type: 'array', items: text },
    domains: {
      type: 'array',
      description: 'The seven domains, always all seven, in this order.',
      minItems: DOMAINS.length,
      maxItems: DOMAINS.length,
      prefixItems: DOMAINS.map((d) => ({
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'statements'],
        properties: { id: { const: d.id }, title: text, statements: { type: 'array', items: statement } },
      })),
    },
    unsorted: {
      type: 'array',
      description: 'Statements not filed under a domain yet, by the column they were written in.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['column', 'statements'],
        properties: { column: text, statements: { type: 'array', items: statement } },
      },
    },
    planSteps: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['what', 'who', 'when'],
        properties: { what: text, who: { type: 'array', items: text }, when: text },
      },
    },
    scales: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['question', 'zeroMeans', 'tenMeans', 'answers'],
        properties: {
          question: text,
          zeroMeans: text,
          tenMeans: text,
          answers: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'value', 'whyNotLower', 'oneHigher'],
              properties: { name: text, value: { type: 'number', minimum: 0, maximum: 10 }, whyNotLower: text, oneHigher: text },
            },
          },
        },
      },
    },
  },
} as const;
