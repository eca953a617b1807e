import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from './errors';
import { LOCAL_CHANGE, type ChangeOrigin } from './origins';
import { META, SCHEMA_VERSION, metaMap } from './schema';
import { isTemplateId, TEMPLATES, type TemplateId } from './sections';
import { checkFramework } from './mapping/boardSettings';
import { DEFAULT_FRAMEWORK, type FrameworkId } from './mapping/terminology';
import { ensureDefaultScale } from './scales/scales';

/** The longest board title, in characters. */
export const MAX_TITLE_LENGTH = 200;

export interface NewBoard {
  readonly title: string;
  /** The view the board opens in; either view can be chosen later (`setBoardView`). */
  readonly template: TemplateId;
  /** Whose words the board uses; Signs of Safety unless given. Changeable later (`setFramework`). */
  readonly framework?: FrameworkId;
  readonly createdAt?: number;
}

/**
 * Writes a new board's meta into an empty document. Sections are fixed by the template, so a new
 * three-column board has meta only; statements arrive as people add them.
 */
export function createBoard(doc: Y.Doc, board: NewBoard, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!isTemplateId(board.template)) {
    throw new ModelError(
      ModelErrorCode.unknownTemplate,
      `Unknown template "${String(board.template)}"; use one of: ${TEMPLATES.join(', ')}`,
    );
  }
  const framework = board.framework ?? DEFAULT_FRAMEWORK;
  checkFramework(framework);
  const title = board.title.trim();
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH) {
    throw new ModelError(ModelErrorCode.invalidText, `A board title needs 1 to ${MAX_TITLE_LENGTH} characters`);
  }
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(META.schemaVersion, SCHEMA_VERSION);
    meta.set(META.title, title);
    meta.set(META.template, board.template);
    meta.set(META.view, board.template);
    meta.set(META.framework, framework);
    meta.set(META.createdAt, board.createdAt ?? Date.now());
    ensureDefaultScale(doc, origin);
  }, origin);
}
