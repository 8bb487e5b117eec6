import { defineMessages } from '../../app/define-messages';

/** Briefings for a set of provinces and the dashboards of the ministry, a Board and a park. */
export const messages = defineMessages({}, {});
