import type * as Y from 'yjs';
import { readPageWords, type PageWordsEntry } from '@kinboard/model';
import { STORYBOARD_PAGE_ID } from '../draw';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { t } from '../../i18n';
import './StoryboardWords.css';

/** Every word on the storyboard; module-level so every reader shares one store. */
export function readStoryboardWords(doc: Y.Doc): PageWordsEntry[] {
  return readPageWords(doc, STORYBOARD_PAGE_ID);
}

/**
 * The storyboard's frame titles and the words in its boxes, as text under the printed picture, so
 * a printed or saved copy holds every word even where the picture is only pixels.
 */
export function StoryboardWords({ doc }: { readonly doc: Y.Doc }) {
  const words = useSharedDocView(doc, readStoryboardWords);
  if (words.length === 0) return null;
  return (
    <div className="storyboard-words">
      <h3 className="storyboard-words__title">{t('plan.StoryboardWords.whatTheStoryboardSays')}</h3>
      <ul className="storyboard-words__list">
        {words.map((entry, index) => (
          <li
            // Entries have no ids of their own; their order is the page's stacking order.
            key={index}
            className={entry.kind === 'frame' ? 'storyboard-words__frame' : 'storyboard-words__words'}
            style={{ marginInlineStart: `${entry.depth * 1.5}em` }}
          >
            {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
