import { projectMessages } from './messages-projects';
import { registerMessages } from './messages-registers';

/** Enterprises, investors, rates, projects and certificate events (Vietnamese first, English second). */
export const messages = {
  vi: { ...projectMessages.vi, ...registerMessages.vi },
  en: { ...projectMessages.en, ...registerMessages.en },
};
