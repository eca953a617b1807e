import { Component, Suspense, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { pageHasShapes } from '@kinboard/model';
import { DRAW_PAGES, STORYBOARD_PAGE_ID, StoryboardPicture, drawPageName, drawPageText } from '../draw';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { StoryboardWords } from './StoryboardWords';

/** The storyboard's page name, as the Draw part shows it. */
export function storyboardTitle(): string {
  return drawPageName(DRAW_PAGES.find((page) => page.id === STORYBOARD_PAGE_ID)!);
}

/** The storyboard's text alternative; module-level so every reader shares one store. */
export function readStoryboardText(doc: Y.Doc): string {
  return drawPageText(doc, STORYBOARD_PAGE_ID);
}

/** True when something is drawn on the storyboard; module-level so every reader shares one store. */
export function readStoryboardHasPicture(doc: Y.Doc): boolean {
  return pageHasShapes(doc, STORYBOARD_PAGE_ID);
}

/** The storyboard's text alternative, live. */
export function useStoryboardText(doc: Y.Doc): string {
  return useSharedDocView(doc, readStoryboardText);
}

/** A picture that cannot be drawn here (the canvas code failed to load) leaves the words to say it. */
class WithoutPictureOnFailure extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('The storyboard picture could not be drawn for printing:', error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The words and pictures storyboard, on its own page after the printed plan: the picture when
 * something has been drawn, every word written on it (frame titles and the words in its boxes, as
 * text), and the words that describe it. Printed only when there is one or the other (see
 * planPrint.css); the picture's own caption is left to the words below it.
 */
export function StoryboardPrint({ doc }: { readonly doc: Y.Doc }) {
  const text = useStoryboardText(doc).trim();
  // The canvas code is large: it is only fetched when there is a picture to print.
  const hasPicture = useSharedDocView(doc, readStoryboardHasPicture);
  return (
    <section className="plan-storyboard" aria-label={storyboardTitle()}>
      <h2 className="plan-storyboard__title">{storyboardTitle()}</h2>
      {hasPicture && (
        <WithoutPictureOnFailure>
          <Suspense fallback={null}>
            <StoryboardPicture doc={doc} />
          </Suspense>
        </WithoutPictureOnFailure>
      )}
      <StoryboardWords doc={doc} />
      {text && <p className="plan-storyboard__text plan-doc__words">{text}</p>}
    </section>
  );
}
