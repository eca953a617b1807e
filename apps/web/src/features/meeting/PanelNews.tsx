import type { ReactNode } from 'react';
import './meetingPanel.css';

interface PanelNewsProps {
  /** What the last action did, announced politely; '' says nothing. */
  readonly told: string;
  /** Why the last action failed, announced at once; null when it did not. */
  readonly problem: string | null;
  /** Shown between the two, e.g. a new link to copy. */
  readonly children?: ReactNode;
}

/** The end of a meeting panel: what the last action did, or why it could not be done. */
export function PanelNews({ told, problem, children }: PanelNewsProps) {
  return (
    <>
      <p className="meeting-panel__told" role="status">
        {told}
      </p>
      {children}
      {problem && (
        <p className="meeting-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
