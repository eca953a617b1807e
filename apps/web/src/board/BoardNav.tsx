import type { BoardPartId } from './boardFocus';
import { t } from '../i18n';
import './BoardNav.css';

export interface BoardPart {
  readonly id: BoardPartId;
  readonly label: string;
}

interface BoardNavProps {
  readonly parts: readonly BoardPart[];
  readonly current: BoardPartId;
  readonly onChoose: (part: BoardPartId) => void;
}

/** The parts of the board, one click each. */
export function BoardNav({ parts, current, onChoose }: BoardNavProps) {
  return (
    <nav className="board-nav" aria-label={t('board.BoardNav.partsOfTheBoard')}>
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <button
              type="button"
              className={part.id === current ? 'board-nav__item board-nav__item--current' : 'board-nav__item'}
              aria-current={part.id === current ? 'page' : undefined}
              onClick={() => onChoose(part.id)}
            >
              {part.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
