import { useEffect, useRef } from 'react';
import type { CreatedBoard } from '../api/createBoardRequest';
import { boardLinkPath } from '../lib/boardLink';
import { CopyLinkField } from '../ui/CopyLinkField';

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
        Your board “{title}” is ready
      </h2>
      <p>Send each link only to the people it is for. Anyone with a link can open the board, so share them privately.</p>
      <div className="links">
        <CopyLinkField
          kind="facilitator"
          link={board.links.facilitator}
          label="Facilitator link"
          who="For you, the person running the meeting. Keep this one to yourself."
        />
        <CopyLinkField
          kind="participant"
          link={board.links.participant}
          label="Participant link"
          who="For family and network members and professionals who will add and edit statements."
        />
        <CopyLinkField
          kind="viewer"
          link={board.links.viewer}
          label="Viewer link"
          who="For people who should see the board but not change it, such as the shared screen in the room or observers."
        />
      </div>
      <div className="actions">
        <a className="button button--primary" href={openPath} rel="noreferrer">
          Open the board
        </a>
        <button type="button" className="button button--secondary" onClick={onStartAgain}>
          Make another board
        </button>
      </div>
    </section>
  );
}
