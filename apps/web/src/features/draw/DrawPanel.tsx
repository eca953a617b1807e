import { useState } from 'react';
import type * as Y from 'yjs';
import { readPageText } from '@kinboard/model';
import { useValue, type Editor, type TLPageId } from 'tldraw';
import type { Role } from '../../api/roles';
import { DRAW_PAGES, drawFocus, drawPageName, isDrawPageId } from './drawPages';
import { downloadBlob, pagePicture, pictureAsPng } from './exportPage';
import { PageTextField } from './PageTextField';
import { STARTER_LAYOUTS } from './starterLayouts';
import { ShowOnRoomButton } from '../../ui/ShowOnRoomButton';
import { t } from '../../i18n';
import { NetworkMapAction } from './NetworkMapAction';
import { NETWORK_MAP_PAGE } from './networkMapDrawing';

interface DrawPanelProps {
  readonly editor: Editor;
  readonly doc: Y.Doc;
  readonly role: Role;
}

function fileName(pageName: string, extension: string): string {
  return `${pageName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${extension}`;
}

/** Beside the canvas: which page, what it shows in words, its starter layout, and its exports. */
export function DrawPanel({ editor, doc, role }: DrawPanelProps) {
  const pageId = useValue('current page', () => editor.getCurrentPageId(), [editor]);
  const pageName = useValue('page name', () => editor.getCurrentPage().name, [editor]);
  const isEmpty = useValue('page is empty', () => editor.getCurrentPageShapeIds().size === 0, [editor]);
  const availablePages = useValue('pages', () => editor.getPages().map((page) => page.id as string), [editor]);
  const [notice, setNotice] = useState('');
  const page = DRAW_PAGES.find((candidate) => candidate.id === pageId);

  const exportAs = async (format: 'svg' | 'png') => {
    setNotice('');
    const picture = await pagePicture(editor, pageId, pageName, readPageText(doc, pageId));
    if (!picture) {
      setNotice(t('draw.DrawPanel.nothingToSave'));
      return;
    }
    const blob = format === 'svg' ? new Blob([picture.svg], { type: 'image/svg+xml' }) : await pictureAsPng(picture);
    if (!blob) {
      setNotice(t('draw.DrawPanel.pictureFailed'));
      return;
    }
    downloadBlob(blob, fileName(pageName, format));
  };

  const insertStarter = () => {
    const id: string = pageId;
    if (!isDrawPageId(id)) return;
    editor.run(() => editor.createShapes(STARTER_LAYOUTS[id]()));
    editor.zoomToFit({ animation: { duration: 200 } });
  };

  return (
    <aside className="draw-panel" aria-label={t('draw.DrawPanel.aboutThisDrawing')}>
      <nav aria-label={t('draw.DrawPanel.drawingPages')}>
        <ul className="draw-panel__pages">
          {DRAW_PAGES.filter((candidate) => availablePages.includes(candidate.id)).map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="draw-panel__page"
                aria-current={candidate.id === pageId ? 'page' : undefined}
                onClick={() => editor.setCurrentPage(candidate.id as TLPageId)}
              >
                {drawPageName(candidate)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <ShowOnRoomButton target={drawFocus(pageId)} />
      <PageTextField
        key={pageId}
        doc={doc}
        pageId={pageId}
        pageName={page ? drawPageName(page) : pageName}
        hint={page?.describeHint ?? ''}
        editable={role === 'facilitator'}
      />
      {pageId === NETWORK_MAP_PAGE && <NetworkMapAction editor={editor} doc={doc} canChange={role !== 'viewer'} />}
      <div className="draw-panel__actions">
        {role === 'facilitator' && page && isEmpty && (
          <button type="button" className="button button--secondary" onClick={insertStarter}>
            {t('draw.DrawPanel.startFromALayout')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void exportAs('png')}>
          {t('draw.DrawPanel.saveAsPng')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportAs('svg')}>
          {t('draw.DrawPanel.saveAsSvg')}
        </button>
      </div>
      <p role="status" className="draw-panel__notice">
        {notice}
      </p>
    </aside>
  );
}
