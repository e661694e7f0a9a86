import { featureMessages } from '../../i18n/feature-messages.ts';

export const timelogMessages = featureMessages(
  {
    'timelog.heading': 'Tidlogg',
  },
  {
    'timelog.heading': 'Time log',
  },
);
