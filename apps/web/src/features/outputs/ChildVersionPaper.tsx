import { Component, Suspense, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { pageHasShapes, type ChildVersion } from '@kinboard/model';
import { STORYBOARD_PAGE_ID, StoryboardPicture } from '../draw';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { t } from '../../i18n';
import { Paper } from './Paper';

const readHasPicture = (doc: Y.Doc) => pageHasShapes(doc, STORYBOARD_PAGE_ID);

/** A picture that cannot be drawn here (the canvas code failed to load) leaves the words to tell the story. */
class PictureOrNothing extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** The child's own version in large type: the storyboard's picture and only words written for the child. */
export function ChildVersionPaper({
  doc,
  version,
  boardTitle,
  kindName,
  date,
}: {
  readonly doc: Y.Doc;
  readonly version: ChildVersion;
  readonly boardTitle: string;
  readonly kindName: string;
  readonly date: string;
}) {
  const hasPicture = useSharedDocView(doc, readHasPicture);
  const name = version.childName || t('outputs.ChildVersionPaper.yourStory');
  return (
    <Paper name={version.age ? `${name}, ${version.age}` : name} boardTitle={boardTitle} kindName={kindName} date={date} large>
      <p>{t('outputs.ChildVersionPaper.intro')}</p>
      {hasPicture && (
        <PictureOrNothing>
          <Suspense fallback={null}>
            <StoryboardPicture doc={doc} />
          </Suspense>
        </PictureOrNothing>
      )}
      {version.sections
        .filter((s) => s.words.length > 0)
        .map((section) => (
          <section key={section.id} aria-label={section.title}>
            <h2>{section.title}</h2>
            {section.words.map((w, i) => (
              <p key={i}>{w}</p>
            ))}
          </section>
        ))}
      {version.pictureWords && !hasPicture && (
        <section aria-label={t('outputs.ChildVersionPaper.aboutPictures')}>
          <h2>{t('outputs.ChildVersionPaper.aboutPictures')}</h2>
          <p>{version.pictureWords}</p>
        </section>
      )}
    </Paper>
  );
}
