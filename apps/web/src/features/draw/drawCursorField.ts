/** The awareness field that carries this device's cursor on the drawing (see drawPresence.ts). */
export const DRAW_CURSOR_FIELD = 'drawCursor';
