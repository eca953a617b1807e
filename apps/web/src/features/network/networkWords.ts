/** How the network's choices are said on screen. */
import type { Attendance, MemberKind } from '@kinboard/model';
import { t } from '../../i18n';

export const ATTENDANCE_WORDS: Readonly<Record<Attendance, string>> = {
  get 'in-room'() {
    return t('network.attendance.inRoom');
  },
  get remote() {
    return t('network.attendance.remote');
  },
  get phone() {
    return t('network.attendance.phone');
  },
  get 'not-present'() {
    return t('network.attendance.notPresent');
  },
};

export const KIND_WORDS: Readonly<Record<MemberKind, string>> = {
  get family() {
    return t('network.kind.family');
  },
  get friend() {
    return t('network.kind.friend');
  },
  get professional() {
    return t('network.kind.professional');
  },
  get child() {
    return t('network.kind.child');
  },
  get interpreter() {
    return t('network.kind.interpreter');
  },
  get other() {
    return t('network.kind.other');
  },
};
