import { describe, expect, it } from 'vitest';
import { marksScript } from './webSpeed';

describe('the web bench’s in-page marks', () => {
  it('is a script the page can run (a syntax error there would leave every mark unset until the deadline)', () => {
    const script = marksScript('Bench "first" statement');
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('/\\.js(\\?|$)/');
  });
});
