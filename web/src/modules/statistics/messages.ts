import { defineMessages } from '../../app/define-messages';

/** The national statistical forms 2101–2116: view, open a cell, export, send through the workflow. */
export const messages = defineMessages({}, {});
