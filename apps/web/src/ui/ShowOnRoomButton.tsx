import { readRoomScreen, showOnRoomScreen, type RoomTarget } from '@kinboard/model';
import { useBoardSession } from '../hooks/boardContext';
import { useConnectionState } from '../hooks/useConnectionState';
import { useDocView } from '../hooks/useDocView';
import { t } from '../i18n';
import './ShowOnRoomButton.css';

const WORDS = {
  get show() {
    return t('ui.ShowOnRoomButton.show');
  },
  get shown() {
    return t('ui.ShowOnRoomButton.shown');
  },
};

/**
 * "Show on the room screen" beside something the chair may want the whole room to read (a scale,
 * a drawing page, the plan, the join code). Only the facilitator sees it. Its label never changes,
 * so pressing it keeps the focus where it was; a note beside it says when the room shows this.
 */
export function ShowOnRoomButton({ target, label = WORDS.show }: { readonly target: RoomTarget; readonly label?: string }) {
  const { connection } = useBoardSession();
  const { role } = useConnectionState(connection);
  const view = useDocView(connection.doc, readRoomScreen);
  if (role !== 'facilitator') return null;
  return (
    <span className="show-on-room">
      <button type="button" className="button button--secondary" onClick={() => showOnRoomScreen(connection.doc, target)}>
        {label}
      </button>
      {view.target === target && <span className="show-on-room__now">{WORDS.shown}</span>}
    </span>
  );
}
