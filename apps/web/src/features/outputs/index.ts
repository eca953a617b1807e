/**
 * What leaves the meeting: the meeting's kind and decision, and the papers (chair's summary, each
 * person's copy, the child's own version) to print or download, for the live board and for records.
 */
export { MeetingKindChoice } from './MeetingKindChoice';
export { DecisionForm } from './DecisionForm';
export { PapersPanel } from './PapersPanel';
export { RecordPapers } from './RecordPapers';
export { PersonChanges } from './PersonChanges';
