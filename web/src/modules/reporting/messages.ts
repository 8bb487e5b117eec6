import { defineMessages } from '../../app/define-messages';

/** Enterprise periodic reports: filing online or by Excel, the Board's review, completeness. */
export const messages = defineMessages({}, {});
