/**
 * The drawing canvas. This module (and tldraw with it) is loaded only when someone opens "Draw":
 * `DrawArea` imports it with React.lazy, so the board's first load never downloads it.
 */
import 'tldraw/tldraw.css';
import './draw.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { react, Tldraw, useTldrawCurrentUser, type Editor, type TLPageId } from 'tldraw';
import { DRAW_ASSET_URLS } from './assetUrls';
import type { DrawAreaProps } from './drawAreaProps';
import { DRAW_PAGES } from './drawPages';
import { bindPresence } from './drawPresence';
import { DRAW_SHAPE_UTILS, openDrawStore, type DrawStore } from './drawStore';
import { DrawPanel } from './DrawPanel';
import { keepLinksLocal } from './externalContent';
import { fetchLicenseKey } from './licenseKey';
import { t, useLocale } from '../../i18n';
import { drawLocale } from './drawLocale';

const NO_MEDIA: readonly string[] = [];

/**
 * The canvas keeps Tab for its tools and shapes: how to get past it with a keyboard, said on screen.
 * (Esc then Tab is not enough: with shapes on the page, Tab from the canvas selects the next shape.)
 */
const KEYS_HINT = () => t('draw.DrawCanvas.keysHint');
const SKIP_PAST = () => t('draw.DrawCanvas.skipPast');

export default function DrawCanvas({ doc, awareness, role, userId, userName, userColor, pageId, onPageChange }: DrawAreaProps) {
  const readOnly = role === 'viewer';
  const [drawing, setDrawing] = useState<DrawStore | null>(null);
  const [licenseKey, setLicenseKey] = useState<string | null | undefined>(undefined);
  const [editor, setEditor] = useState<Editor | null>(null);
  const keysId = useId();

  useEffect(() => {
    let live = true;
    void fetchLicenseKey().then((key) => live && setLicenseKey(key));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const opened = openDrawStore(doc, readOnly);
    setDrawing(opened);
    return () => {
      opened.close();
      setDrawing(null);
    };
  }, [doc, readOnly]);

  // tldraw's own interface in the person's language (not the browser's), where tldraw has it.
  const locale = drawLocale(useLocale());
  const preferences = useMemo(() => ({ id: userId, name: userName, color: userColor, locale }), [userId, userName, userColor, locale]);
  const user = useTldrawCurrentUser({ userPreferences: preferences });
  const person = preferences;

  const onMount = useMemo(
    () => (mounted: Editor) => {
      keepLinksLocal(mounted);
      if (!DRAW_PAGES.some((page) => page.id === mounted.getCurrentPageId())) {
        const first = DRAW_PAGES.find((page) => mounted.getPage(page.id as TLPageId));
        if (first) mounted.setCurrentPage(first.id as TLPageId);
      }
      const stopPresence = bindPresence(mounted.store, awareness, person);
      setEditor(mounted);
      return () => {
        stopPresence();
        setEditor(null);
      };
    },
    [awareness, person],
  );

  useEffect(() => {
    if (!editor || !pageId || editor.getCurrentPageId() === pageId || !editor.getPage(pageId as TLPageId)) return;
    editor.setCurrentPage(pageId as TLPageId);
  }, [editor, pageId]);

  useEffect(() => {
    if (!editor || !onPageChange) return;
    return react('report the page on screen', () => onPageChange(editor.getCurrentPageId()));
  }, [editor, onPageChange]);

  if (!drawing || licenseKey === undefined) return <p className="draw__loading">{t('draw.DrawCanvas.openingTheDrawing')}</p>;
  return (
    <div className="draw">
      <div className="draw__stage">
        <a
          className="draw__skip"
          href={`#${keysId}-after`}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(`${keysId}-after`)?.focus();
          }}
        >
          {SKIP_PAST()}
        </a>
        <div className="draw__canvas" role="region" aria-label={t('draw.DrawCanvas.drawingCanvas')} aria-describedby={`${keysId}-keys`}>
          <Tldraw
            store={drawing.store}
            licenseKey={licenseKey ?? undefined}
            assetUrls={DRAW_ASSET_URLS}
            shapeUtils={DRAW_SHAPE_UTILS}
            acceptedImageMimeTypes={NO_MEDIA}
            acceptedVideoMimeTypes={NO_MEDIA}
            user={user}
            onMount={onMount}
          />
        </div>
      </div>
      <div className="draw__after" id={`${keysId}-after`} tabIndex={-1}>
        <p className="draw__keys" id={`${keysId}-keys`}>
          {KEYS_HINT()}
        </p>
        {editor && <DrawPanel editor={editor} doc={doc} role={role} />}
      </div>
    </div>
  );
}
