import type { Translation } from '../i18n/translation.ts';
import type { uiMessagesSv } from './messages.sv.ts';

export const uiMessagesEn: Translation<typeof uiMessagesSv> = {
  'ui.unsaved': 'Not saved',
  'ui.unsavedCount': '{count} fields are not saved: correct what is marked.',
  'ui.unsavedOne': 'One field is not saved: correct what is marked.',
  'ui.removeItem': 'Remove',
  'ui.nameRequired': 'Fill in {field}.',
  'ui.fileRefused': '{file} could not be read in:',
};
