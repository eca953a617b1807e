import { describe, expect, it } from 'vitest';
import { addressWithoutFragment, hideSecretWhilePrinting, type PrintWindow } from './printAddress';

/** A window with an address, a history entry and print events, as far as printing needs one. */
function fakeWindow(href: string) {
  const events = new EventTarget();
  let address = href;
  const replaced: string[] = [];
  const win: PrintWindow = {
    location: {
      get href() {
        return address;
      },
      get hash() {
        const at = address.indexOf('#');
        return at === -1 || at === address.length - 1 ? '' : address.slice(at);
      },
    },
    history: {
      state: { kept: true },
      replaceState(state, _unused, url) {
        expect(state).toEqual({ kept: true });
        replaced.push(url);
        address = url;
      },
    },
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    removeEventListener: (type, listener) => events.removeEventListener(type, listener),
  };
  const fire = (type: 'beforeprint' | 'afterprint') => events.dispatchEvent(new Event(type));
  return { win, fire, replaced, address: () => address };
}

describe('hideSecretWhilePrinting', () => {
  const LINK = 'https://kinboard.example/b/b_123#s3cret-part';

  it('prints with an address that has no secret, and puts the link back afterwards', () => {
    const { win, fire, address } = fakeWindow(LINK);
    hideSecretWhilePrinting(win);
    fire('beforeprint');
    expect(address()).toBe('https://kinboard.example/b/b_123');
    expect(win.location.hash).toBe('');
    fire('afterprint');
    expect(address()).toBe(LINK);
  });

  it('does the same for every print, and nothing to an address without a secret', () => {
    const { win, fire, replaced } = fakeWindow(LINK);
    hideSecretWhilePrinting(win);
    for (let i = 0; i < 2; i++) {
      fire('beforeprint');
      fire('beforeprint');
      fire('afterprint');
    }
    expect(replaced).toEqual(['https://kinboard.example/b/b_123', LINK, 'https://kinboard.example/b/b_123', LINK]);
    const plain = fakeWindow('https://kinboard.example/');
    hideSecretWhilePrinting(plain.win);
    plain.fire('beforeprint');
    plain.fire('afterprint');
    expect(plain.replaced).toEqual([]);
  });

  it('puts the link back when it stops listening in the middle of a print, and then listens no more', () => {
    const { win, fire, address } = fakeWindow(LINK);
    const stop = hideSecretWhilePrinting(win);
    fire('beforeprint');
    stop();
    expect(address()).toBe(LINK);
    fire('beforeprint');
    expect(address()).toBe(LINK);
  });

  it('cuts the address at the first #', () => {
    expect(addressWithoutFragment('https://h/b/x#a#b')).toBe('https://h/b/x');
    expect(addressWithoutFragment('https://h/b/x')).toBe('https://h/b/x');
  });
});
