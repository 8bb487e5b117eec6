import { boardMessages } from './messages-board';
import { excelMessages } from './messages-excel';
import { filerMessages } from './messages-filer';
import { filesMessages } from './messages-files';

/** Enterprise periodic reports: filing online or by Excel, the Board's review, completeness. */
export const messages = {
  vi: { ...filerMessages.vi, ...boardMessages.vi, ...excelMessages.vi, ...filesMessages.vi },
  en: { ...filerMessages.en, ...boardMessages.en, ...excelMessages.en, ...filesMessages.en },
};
