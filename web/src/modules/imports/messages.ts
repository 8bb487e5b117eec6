import { defineMessages } from '../../app/define-messages';

/** Excel templates, imports with progress and row errors. */
export const messages = defineMessages(
  {
    'imports.title': 'Nhập dữ liệu Excel',
  },
  {
    'imports.title': 'Excel import',
  },
);
