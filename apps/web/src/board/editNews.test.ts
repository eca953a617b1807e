import { describe, expect, it } from 'vitest';
import type { BoardView, SectionView } from '@kinboard/model';
import { describeChanges, gatherNews, summariseNews } from './editNews';

function board(worries: SectionView['statements'], nextSteps: SectionView['statements'] = []): BoardView {
  return {
    title: 'Review',
    template: 'three-column',
    createdAt: null,
    unreadable: 0,
    sections: [
      { id: 'worries', title: 'What are we worried about?', short: 'Worries', statements: worries },
      { id: 'next-steps', title: 'What needs to happen?', short: 'Next steps', statements: nextSteps },
    ] as unknown as BoardView['sections'],
  };
}

const sam = { id: 's1', section: 'worries', order: 'a', text: 'Sam was alone', authorId: 'p1', authorName: 'Sarah', createdAt: 1 } as const;

describe('describeChanges', () => {
  it('names who added a statement and where', () => {
    expect(words(describeChanges(board([]), board([sam])))).toEqual(['Sarah added a statement to What are we worried about?']);
  });

  it('says a statement was changed, moved or removed, without its words', () => {
    expect(words(describeChanges(board([sam]), board([{ ...sam, text: 'Sam was alone at night' }])))).toEqual([
      'A statement in What are we worried about? was changed',
    ]);
    expect(words(describeChanges(board([sam]), board([], [{ ...sam, section: 'next-steps' }])))).toEqual([
      'A statement was moved to What needs to happen?',
    ]);
    expect(words(describeChanges(board([sam]), board([])))).toEqual(['A statement was removed from What are we worried about?']);
  });

  it('finds nothing when nothing changed', () => {
    expect(describeChanges(board([sam]), board([sam]))).toEqual([]);
  });
});

describe('gatherNews and summariseNews', () => {
  it('keeps a statement added and then typed into as "added"', () => {
    const added = describeChanges(board([]), board([sam]));
    const typed = describeChanges(board([sam]), board([{ ...sam, text: 'Sam was alone at night' }]));
    const gathered = gatherNews(gatherNews(new Map(), added), typed);
    expect(summariseNews([...gathered.values()].map((item) => item.words))).toBe('Sarah added a statement to What are we worried about?');
  });

  it('says a repeated change once, and counts what it leaves out past three', () => {
    expect(summariseNews(['A', 'A', 'A'])).toBe('A.');
    expect(summariseNews(['A', 'B', 'C', 'D', 'E'])).toBe('A. B. C. And 2 more changes.');
  });
});

function words(items: readonly { words: string }[]): string[] {
  return items.map((item) => item.words);
}
