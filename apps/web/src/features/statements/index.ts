/**
 * The statements on the case map: each question's column (or its domains), the statement cards
 * with their details (harm, source, pairing, plain-language hints), and moving them by drag, keys
 * or "File under".
 */
export { SectionColumn } from './SectionColumn';
export { MapContext, MapStore, isDimmed, useMap, type MapContextValue, type MapFocusRequest } from './mapContext';
export { BoardActionsContext, useBoardActions, type BoardActions, type FocusRequest } from './statementActions';
