import { describe, expect, it } from 'vitest';
import { PATHS, safeNext, signInPath } from './paths';

describe('returning after sign-in', () => {
  it('keeps local paths with their query', () => {
    expect(safeNext('/quan-tri/nhat-ky?page=2')).toBe('/quan-tri/nhat-ky?page=2');
    expect(signInPath('/quan-tri/nhat-ky')).toBe('/dang-nhap?next=%2Fquan-tri%2Fnhat-ky');
  });

  it('never leaves the site or loops back to sign-in', () => {
    for (const bad of [null, '', 'https://evil.example', '//evil.example/x', '/dang-nhap?next=/x', 'dia-ban']) {
      expect(safeNext(bad)).toBe(PATHS.map);
    }
  });
});
