import { featureMessages } from '../i18n/feature-messages.ts';

export const uiMessages = featureMessages(
  {
    'ui.unsaved': 'Inte sparat',
    'ui.unsavedCount': '{count} fält är inte sparade: rätta det som är markerat.',
    'ui.unsavedOne': 'Ett fält är inte sparat: rätta det som är markerat.',
  },
  {
    'ui.unsaved': 'Not saved',
    'ui.unsavedCount': '{count} fields are not saved: correct what is marked.',
    'ui.unsavedOne': 'One field is not saved: correct what is marked.',
  },
);
