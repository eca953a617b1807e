import { useEffect, useState } from 'react';
import { meetingKindName } from '@kinboard/model';
import { paperSay } from '../../i18n';
import type { BoardAdmin, MeetingSummary } from './boardAdminApi';

/** Records whose kind is looked up; older ones show their date and time only. */
const MOST_LOOKED_UP = 20;

/**
 * The kind of each listed meeting ("Review child protection conference"), read from its record.
 * The server's list of meetings does not carry the kind (its storage is being reworked), so the
 * newest records are read one by one; a record kept before meetings had kinds shows none.
 */
export function useRecordKinds(admin: BoardAdmin, meetings: readonly MeetingSummary[] | null): ReadonlyMap<string, string> {
  const [kinds, setKinds] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!meetings) return undefined;
    let live = true;
    void Promise.all(
      meetings.slice(0, MOST_LOOKED_UP).map(async (m) => {
        const result = await admin.meetingRecord(m.id);
        const kind = result.ok ? (result.value.meeting?.kind ?? null) : null;
        return [m.id, kind ? meetingKindName(kind, paperSay) : ''] as const;
      }),
    ).then((found) => {
      if (live) setKinds(new Map(found.filter(([, name]) => name !== '')));
    });
    return () => {
      live = false;
    };
  }, [admin, meetings]);
  return kinds;
}
