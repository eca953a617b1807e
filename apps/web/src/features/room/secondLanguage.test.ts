import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ROOM_JOIN, addScale, createBoard, editScaleWords, ensureDefaultScale, setFramework } from '@kinboard/model';
import { currentLocale, t, translatorFor } from '../../i18n';
import { secondWords } from './secondLanguage';

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Review', template: 'three-column', createdAt: 1 });
  ensureDefaultScale(doc);
  return doc;
}

describe("the room screen's second language", () => {
  it("reads the column's question and the join steps in that language, right to left for Arabic, and leaves the person's own language alone", async () => {
    const doc = board();
    const arabic = (await translatorFor('ar')).t;
    const worries = secondWords(doc, 'ar', 'column:worries', true, arabic);
    expect(worries).toMatchObject({ lang: 'ar', dir: 'rtl', heading: 'ما الذي يقلقنا؟', joinSteps: null });
    const join = secondWords(doc, 'ar', ROOM_JOIN, true, arabic);
    expect(join.heading).toBe('انضم من هاتفك');
    expect(join.joinSteps).toHaveLength(4);
    expect(join.joinSteps?.[0]).toBe('افتح الكاميرا في هاتفك.');
    // The screen's own language is untouched.
    expect(currentLocale()).toBe('en');
    expect(t('room.words.joinHeading')).toBe('Join in on your phone');
  });

  it("follows the board's framework, and leaves people's own words (a reworded scale question, a chair's own step) as they are", async () => {
    const doc = board();
    const polish = (await translatorFor('pl')).t;
    const question = secondWords(doc, 'pl', 'scale:safety', true, polish).heading;
    expect(question).toBeTruthy();
    setFramework(doc, 'signs-of-wellbeing');
    const wellbeing = secondWords(doc, 'pl', 'scale:safety', true, polish).heading;
    expect(wellbeing).toBeTruthy();
    expect(wellbeing).not.toBe(question);
    expect(secondWords(doc, 'pl', 'domain:danger-statements', true, polish)).toMatchObject({ dir: 'ltr', heading: expect.any(String) });
    const own = addScale(doc, { question: 'How safe is Sam at weekends?', zeroMeans: 'Not safe', tenMeans: 'Safe' });
    expect(secondWords(doc, 'pl', `scale:${own}`, true, polish).heading).toBeNull();
    editScaleWords(doc, 'safety', 'question', 'Jak bezpieczny jest Sam?');
    expect(secondWords(doc, 'pl', 'scale:safety', true, polish).heading).toBeNull();
    expect(secondWords(doc, 'pl', null, true, polish).heading).toBeNull();
    expect(secondWords(doc, 'pl', null, false, polish).heading).toBe(polish('room.words.notStarted'));
  });
});
