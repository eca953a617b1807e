import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readNetwork } from '@kinboard/model';
import type { Editor } from 'tldraw';
import { useSharedDocView } from '../../hooks/useSharedDocView';
import { t } from '../../i18n';
import { drawNetworkFromList, keepNetworkMapInStep } from './networkMapDrawing';

/** Words of the network-map action, together for the message catalogues. */
const WORDS = {
  get draw() {
    return t('draw.NetworkMapAction.draw');
  },
  get hint() {
    return t('draw.NetworkMapAction.hint');
  },
  drew: (n: number) => (n === 0 ? t('draw.NetworkMapAction.allOnMap') : t('draw.NetworkMapAction.drew', { count: n })),
};

/**
 * On the network-map page: the one action that draws the network list around the child. While the
 * page is open on a device that may change it, names already drawn follow the list.
 */
export function NetworkMapAction({
  editor,
  doc,
  canChange,
}: {
  readonly editor: Editor;
  readonly doc: Y.Doc;
  readonly canChange: boolean;
}) {
  const network = useSharedDocView(doc, readNetwork);
  const [told, setTold] = useState('');
  useEffect(() => {
    if (canChange) keepNetworkMapInStep(editor, network);
  }, [editor, network, canChange]);
  if (!canChange) return null;
  const draw = () => {
    setTold(WORDS.drew(drawNetworkFromList(editor, network)));
    editor.zoomToFit({ animation: { duration: 200 } });
  };
  return (
    <div className="draw-panel__network">
      <button type="button" className="button button--secondary" onClick={draw}>
        {WORDS.draw}
      </button>
      <p className="draw-text__hint">{WORDS.hint}</p>
      <p role="status" className="draw-panel__notice">
        {told}
      </p>
    </div>
  );
}
