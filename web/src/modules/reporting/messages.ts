import { boardMessages } from './messages-board';
import { filerMessages } from './messages-filer';

/** Enterprise periodic reports: filing online or by Excel, the Board's review, completeness. */
export const messages = {
  vi: { ...filerMessages.vi, ...boardMessages.vi },
  en: { ...filerMessages.en, ...boardMessages.en },
};
