import { defineMessages } from '../../app/define-messages';

/** Enterprises, investors, projects and certificate events. */
export const messages = defineMessages(
  {
    'investment.title': 'Dự án đầu tư',
  },
  {
    'investment.title': 'Investment projects',
  },
);
