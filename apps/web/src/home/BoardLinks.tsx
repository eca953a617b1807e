import { useEffect, useRef } from 'react';
import type { CreatedBoard } from '../api/createBoardRequest';
import { boardLinkPath } from '../lib/boardLink';
import { CopyLinkField } from '../ui/CopyLinkField';
import { t } from '../i18n';

interface BoardLinksProps {
  readonly board: CreatedBoard;
  readonly title: string;
  readonly onStartAgain: () => void;
}

/** The three links of a new board, each with who it is for. */
export function BoardLinks({ board, title, onStartAgain }: BoardLinksProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const openPath = boardLinkPath(board.links.facilitator) ?? board.links.facilitator;

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading" ref={heading} tabIndex={-1}>
        {t('home.BoardLinks.yourBoardIsReady', { title })}
      </h2>
      <p>{t('home.BoardLinks.sendEachLinkOnlyTo')}</p>
      <div className="links">
        <CopyLinkField
          kind="facilitator"
          link={board.links.facilitator}
          label={t('home.BoardLinks.facilitatorLink')}
          who={t('home.BoardLinks.forYouThePersonRunning')}
        />
        <CopyLinkField
          kind="participant"
          link={board.links.participant}
          label={t('home.BoardLinks.participantLink')}
          who={t('home.BoardLinks.forFamilyAndNetworkMembers')}
        />
        <CopyLinkField
          kind="viewer"
          link={board.links.viewer}
          label={t('home.BoardLinks.viewerLink')}
          who={t('home.BoardLinks.forPeopleWhoShouldSee')}
        />
      </div>
      <div className="actions">
        <a className="button button--primary" href={openPath} rel="noreferrer">
          {t('home.BoardLinks.openTheBoard')}
        </a>
        <button type="button" className="button button--secondary" onClick={onStartAgain}>
          {t('home.BoardLinks.makeAnotherBoard')}
        </button>
      </div>
    </section>
  );
}
