import type { BoardView } from '@kinboard/model';
import { SectionColumn } from '../../board/SectionColumn';

interface MapPartProps {
  readonly board: BoardView;
  readonly editable: boolean;
}

/** The case map: the three columns (and, later, the seven domains). */
export function MapPart({ board, editable }: MapPartProps) {
  return (
    <div className="board__columns">
      {board.sections.map((section) => (
        <SectionColumn key={section.id} section={section} editable={editable} />
      ))}
    </div>
  );
}
