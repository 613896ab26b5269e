import { describe, expect, it } from 'vitest';
import { detach } from '../../src/import/detach.js';

describe('detach', () => {
  it('returns an equal string for every character an identifier may hold', () => {
    const id = 'AZaz09./@_-' + 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
    const sliced = `"${id}","rest of a long line"`.slice(1, id.length + 1);
    expect(detach(sliced)).toBe(id);
    expect(detach('')).toBe('');
  });
});
