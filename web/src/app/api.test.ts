import { describe, expect, it } from 'vitest';
import { ApiError, withQuery } from './api';

describe('ApiError', () => {
  const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ.', 'Invalid data.', {
    'body.newPassword': { message: 'Mật khẩu quá ngắn.', messageEn: 'Too short.' },
    'query.page': { message: 'Trang không hợp lệ.', messageEn: 'Bad page.' },
    'body.address.street': { message: 'Thiếu.', messageEn: 'Missing.' },
  });

  it('speaks the interface language', () => {
    expect(error.text('vi')).toBe('Dữ liệu không hợp lệ.');
    expect(error.text('en')).toBe('Invalid data.');
  });

  it('puts field errors on form fields named without the request part', () => {
    expect(error.fieldErrors('en')).toEqual([
      { name: ['newPassword'], errors: ['Too short.'] },
      { name: ['page'], errors: ['Bad page.'] },
      { name: ['address', 'street'], errors: ['Missing.'] },
    ]);
  });
});

describe('withQuery', () => {
  it('leaves out empty values', () => {
    expect(withQuery('/api/audit', { actor: '', action: 'auth.', page: 2, from: undefined })).toBe(
      '/api/audit?action=auth.&page=2',
    );
    expect(withQuery('/api/geo/provinces', { date: undefined })).toBe('/api/geo/provinces');
  });
});
