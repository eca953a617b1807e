/**
 * Two board-wide choices kept in meta: the view everyone sees (three columns or seven domains)
 * and the framework whose words the board uses. Each is one key, so concurrent changes end with
 * the same choice on every replica (last writer wins), and switching never touches a statement.
 */
import type * as Y from 'yjs';
import { ModelError, ModelErrorCode } from '../errors';
import { LOCAL_CHANGE, type ChangeOrigin } from '../origins';
import { META, metaMap } from '../schema';
import { DEFAULT_FRAMEWORK, FRAMEWORKS, isFrameworkId, type FrameworkId } from './terminology';

export const VIEWS = ['three-column', 'seven-domain'] as const;
/** How the case map is laid out: three columns or seven domains. */
export type ViewId = (typeof VIEWS)[number];

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** The view the board shows now: the stored view, else the template it was made from, else three columns. */
export function currentView(doc: Y.Doc): ViewId {
  const meta = metaMap(doc);
  const view = meta.get(META.view);
  if (isViewId(view)) return view;
  const template = meta.get(META.template);
  return isViewId(template) ? template : 'three-column';
}

/** Switches the board between three columns and seven domains, for everyone at once. */
export function setBoardView(doc: Y.Doc, view: ViewId, origin: ChangeOrigin = LOCAL_CHANGE): void {
  if (!isViewId(view)) throw new ModelError(ModelErrorCode.unknownView, `Unknown view "${String(view)}"; use one of: ${VIEWS.join(', ')}`);
  if (metaMap(doc).get(META.view) === view) return;
  doc.transact(() => metaMap(doc).set(META.view, view), origin);
}

/** The board's framework; a board without one (or with one this code does not know) is Signs of Safety. */
export function currentFramework(doc: Y.Doc): FrameworkId {
  const framework = metaMap(doc).get(META.framework);
  return isFrameworkId(framework) ? framework : DEFAULT_FRAMEWORK;
}

/** Throws `unknown_framework` unless `value` is a framework id. */
export function checkFramework(value: unknown): asserts value is FrameworkId {
  if (!isFrameworkId(value)) {
    throw new ModelError(ModelErrorCode.unknownFramework, `Unknown framework "${String(value)}"; use one of: ${FRAMEWORKS.join(', ')}`);
  }
}

/** Changes the board's framework; every heading and label follows (see `terms`). */
export function setFramework(doc: Y.Doc, framework: FrameworkId, origin: ChangeOrigin = LOCAL_CHANGE): void {
  checkFramework(framework);
  if (metaMap(doc).get(META.framework) === framework) return;
  doc.transact(() => metaMap(doc).set(META.framework, framework), origin);
}
