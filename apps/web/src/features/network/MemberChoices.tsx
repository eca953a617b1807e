import { ATTENDANCE, MEMBER_KINDS, type Attendance, type MemberKind } from '@kinboard/model';
import { ATTENDANCE_WORDS, KIND_WORDS } from './networkWords';
import { t } from '../../i18n';

interface MemberChoicesProps {
  /** Prefix of the two selects' ids, unique on the page. */
  readonly idPrefix: string;
  readonly attendance: Attendance;
  readonly kind: MemberKind;
  readonly onAttendance: (attendance: Attendance) => void;
  readonly onKind: (kind: MemberKind) => void;
}

/** Where a network member is for this meeting, and what they are to the family: two choices. */
export function MemberChoices({ idPrefix, attendance, kind, onAttendance, onKind }: MemberChoicesProps) {
  return (
    <>
      <div className="network__field">
        <label htmlFor={`${idPrefix}-attendance`}>{t('network.MemberChoices.whereTheyAre')}</label>
        <select
          id={`${idPrefix}-attendance`}
          className="input"
          value={attendance}
          onChange={(e) => onAttendance(e.target.value as Attendance)}
        >
          {ATTENDANCE.map((a) => (
            <option key={a} value={a}>
              {ATTENDANCE_WORDS[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="network__field">
        <label htmlFor={`${idPrefix}-kind`}>{t('network.MemberChoices.kind')}</label>
        <select id={`${idPrefix}-kind`} className="input" value={kind} onChange={(e) => onKind(e.target.value as MemberKind)}>
          {MEMBER_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_WORDS[k]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
