import { defineMessages } from '../../app/define-messages';

/** Economic zones and industrial parks: lists, profiles, forms, map of parks. */
export const messages = defineMessages(
  {
    'zones.title': 'Khu công nghiệp',
  },
  {
    'zones.title': 'Industrial parks',
  },
);
