import { infrastructureMessages } from './messages-infrastructure';
import { parkMessages } from './messages-parks';
import { zoneMessages } from './messages-zones';

/** Economic zones and industrial parks: lists, profiles, forms, map (two parts, one dictionary). */
export const messages = {
  vi: { ...parkMessages.vi, ...zoneMessages.vi, ...infrastructureMessages.vi },
  en: { ...parkMessages.en, ...zoneMessages.en, ...infrastructureMessages.en },
};
