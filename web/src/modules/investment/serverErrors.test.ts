import { describe, expect, it } from 'vitest';
import { formNameOf } from './serverErrors';

describe('server field paths as form names', () => {
  it('drops the request part and turns list indexes into numbers', () => {
    expect(formNameOf('body.investors.1.share')).toEqual(['investors', 1, 'share']);
    expect(formNameOf('body.certificate.registeredCapital.currency')).toEqual([
      'certificate',
      'registeredCapital',
      'currency',
    ]);
    expect(formNameOf('body')).toEqual(['body']);
    expect(formNameOf('querystring.parkId')).toEqual(['parkId']);
  });
});
