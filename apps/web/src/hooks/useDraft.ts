import { useEffect, useState } from 'react';

/**
 * A text box's own copy of a shared value: it follows the value as others change it, except while
 * this person is typing (`editing`), so their words are not overwritten under their fingers.
 */
export function useDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  return { draft, setDraft, editing, setEditing };
}
