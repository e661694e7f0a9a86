import { featureMessages } from '../../i18n/feature-messages.ts';

export const projectsMessages = featureMessages(
  {
    'projects.heading': 'Projekt',
  },
  {
    'projects.heading': 'Projects',
  },
);
