/**
 * The room screen's second language (chosen by the chair, `readRoomScreen(doc).secondLanguage`):
 * the current question or heading, and the join instructions, read in that language under the
 * screen's own. Only Kinboard's own words are shown twice; what people wrote (a reworded scale
 * question, a chair's own step, statements) stays as written.
 */
import { useEffect, useState } from 'react';
import {
  RIGHT_TO_LEFT,
  ROOM_JOIN,
  currentFramework,
  isDomainId,
  readScales,
  type InterfaceLanguage,
  type RoomTarget,
} from '@kinboard/model';
import type * as Y from 'yjs';
import { termMessage, translatorFor, type Translate } from '../../i18n';

const COLUMNS = ['worries', 'working-well', 'next-steps'] as const;

export interface SecondWords {
  readonly lang: InterfaceLanguage;
  readonly dir: 'ltr' | 'rtl';
  /** The question or heading in the second language; null when it is people's own words. */
  readonly heading: string | null;
  /** The join instructions, while the room shows the join code. */
  readonly joinSteps: readonly string[] | null;
}

/** The second language's words, once its catalogue has loaded; null without one. */
export function useSecondLanguage(code: InterfaceLanguage | null): Translate | null {
  const [loaded, setLoaded] = useState<{ readonly code: string; readonly translate: Translate } | null>(null);
  useEffect(() => {
    if (code === null) return undefined;
    let current = true;
    void translatorFor(code).then((translator) => {
      if (current) setLoaded({ code, translate: translator.t });
    });
    return () => {
      current = false;
    };
  }, [code]);
  return code !== null && loaded?.code === code ? loaded.translate : null;
}

function headingIn(doc: Y.Doc, target: RoomTarget | null, hasStep: boolean, tr: Translate): string | null {
  const framework = currentFramework(doc);
  if (target === null) return hasStep ? null : tr('room.words.notStarted');
  if (target === ROOM_JOIN) return tr('room.words.joinHeading');
  if (target === 'plan') return tr('room.words.planHeading');
  if (target === 'meeting') return tr('room.words.agenda');
  const [kind, rest = ''] = target.split(/:(.*)/s) as [string, string?];
  const column = COLUMNS.find((c) => c === rest);
  if (kind === 'column' && column) {
    const m = termMessage(framework, { column });
    return tr(m.id, m.values);
  }
  if (kind === 'domain' && isDomainId(rest)) {
    const m = termMessage(framework, { domain: rest });
    return tr(m.id, m.values);
  }
  if (kind === 'scale') {
    const scales = readScales(doc);
    const scale = scales.find((s) => s.id === rest) ?? scales[0];
    if (scale?.isDefault && !scale.question?.trim()) {
      const m = termMessage(framework, 'scale');
      return tr(m.id, m.values);
    }
  }
  return null;
}

/** What the room screen shows in its second language for `target`. */
export function secondWords(doc: Y.Doc, lang: InterfaceLanguage, target: RoomTarget | null, hasStep: boolean, tr: Translate): SecondWords {
  return {
    lang,
    dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr',
    heading: headingIn(doc, target, hasStep, tr),
    joinSteps:
      target === ROOM_JOIN
        ? [tr('room.words.joinStepCamera'), tr('room.words.joinStepPoint'), tr('room.words.joinStepTap'), tr('room.words.joinStepWait')]
        : null,
  };
}
