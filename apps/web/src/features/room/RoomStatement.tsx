import type { DictionaryTerm, MappedStatement } from '@kinboard/model';
import { PlainWords } from './PlainWords';
import { ROOM_WORDS } from './roomWords';

interface RoomStatementProps {
  readonly statement: MappedStatement;
  /** The danger statement a goal answers, looked up by the goal's pair. */
  readonly dangerOf: (goal: MappedStatement) => MappedStatement | null;
  readonly extraTerms: readonly DictionaryTerm[];
}

/**
 * One statement on the room screen, jargon explained. In "What needs to happen?" each filed
 * statement says whether it is a safety goal or a next step, and a goal shows the worry it answers.
 */
export function RoomStatement({ statement, dangerOf, extraTerms }: RoomStatementProps) {
  const text = statement.text.trim();
  const goal = statement.filed && statement.domain === 'goals';
  const nextStep = statement.filed && statement.domain === 'next-steps';
  const danger = goal ? dangerOf(statement) : null;
  return (
    <ul className="room-block">
      <li className={`room-statement${goal ? ' room-statement--goal' : ''}`}>
        {(goal || nextStep) && <span className="room-statement__kind">{goal ? ROOM_WORDS.goal : ROOM_WORDS.nextStep}</span>}
        <span className="room-statement__text">{text ? <PlainWords text={text} extraTerms={extraTerms} /> : ROOM_WORDS.beingWritten}</span>
        {goal && (
          <span className="room-statement__answers">
            {danger ? (
              <>
                <span className="room-statement__answers-label">{ROOM_WORDS.answers}</span>{' '}
                <PlainWords text={danger.text.trim()} extraTerms={extraTerms} />
              </>
            ) : (
              ROOM_WORDS.noWorryYet
            )}
          </span>
        )}
      </li>
    </ul>
  );
}
