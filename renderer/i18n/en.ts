import { activitiesMessages } from '../features/activities/messages.ts';
import { contactsMessages } from '../features/contacts/messages.ts';
import { documentsMessages } from '../features/documents/messages.ts';
import { goalAreasMessages } from '../features/goal-areas/messages.ts';
import { plansMessages } from '../features/plans/messages.ts';
import { projectsMessages } from '../features/projects/messages.ts';
import { timelineMessages } from '../features/projects/timeline/messages.ts';
import { timelogMessages } from '../features/timelog/messages.ts';
import { templatesMessages } from '../features/templates/messages.ts';
import { timelogFollowUpMessages } from '../features/timelog/follow-up/messages.ts';
import { backupMessages } from '../features/backup/messages.ts';
import { uiMessages } from '../ui/messages.ts';
import { trashMessages } from '../features/trash/messages.ts';
import type { Catalogue } from './sv.ts';

const core = {
  'app.name': 'MOA Workbook',
  'app.tagline': 'Workbook for goal-area owners',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading …',

  'nav.label': 'Main menu',
  'nav.overview': 'Overview',
  'nav.plans': 'Plans',
  'nav.projects': 'Projects',
  'nav.timelog': 'Time log',
  'nav.documents': 'Documents',
  'nav.templates': 'Templates',
  'nav.settings': 'Settings',
  'nav.about': 'About MOA Workbook',

  'firstRun.heading': 'Welcome to MOA Workbook',
  'firstRun.intro': 'The workbook keeps everything on your own computer. Start by telling it who you are; the details appear in the documents you hand to the secretariat and can be changed under Settings.',
  'firstRun.submit': 'Get started',

  'profile.heading': 'Your profile',
  'profile.name': 'Name',
  'profile.organisation': 'Organisation',
  'profile.organisationHelp': 'For example a municipality, region or university.',
  'profile.email': 'E-mail',
  'profile.goalAreas': 'My goal areas',
  'profile.goalAreasHelp': 'One goal area per line, for example Innovation and entrepreneurship.',
  'profile.save': 'Save profile',
  'profile.saved': 'The profile is saved.',
  'profile.errorSummary': 'The form has errors to correct:',

  'validation.required': '{field}: please fill in this field.',
  'validation.tooLong': '{field}: at most {max} characters.',
  'validation.email': '{field}: enter an e-mail address such as name@example.com.',
  'validation.tooMany': '{field}: at most {max} lines.',

  'overview.heading': 'Overview',
  'overview.greeting': 'Hello {name}!',
  'overview.profileHeading': 'Your assignment',
  'overview.organisation': 'Organisation',
  'overview.goalAreas': 'Goal areas',
  'overview.noGoalAreas': 'No goal areas yet. Add them under Settings.',
  'overview.nextHeading': 'How to use the workbook',
  'overview.guide.plans': 'action plans per goal area and period: strategies (why, what), tactics (who, how) and dated activities, with submitted versions.',
  'overview.guide.projects': 'project plans with goals, budget, financing and risks, and the timeline of projects and activities.',
  'overview.guide.timelog': 'time per week, split between the MOA assignment and project work, and follow-up against the mandate.',
  'overview.guide.documents': 'Word documents to submit to the RUS secretariat: action plan, activity plan, project plan and time report.',
  'overview.guide.templates': 'the secretariat’s templates, which set the plans’ sections and guidance.',
  'overview.guide.settings': 'your profile, backups and language.',
  'overview.cycleHeading': 'Annual cycle',
  'overview.cycleLead': 'Coming events according to the template {template}.',
  'overview.cycleEmpty': 'The template {template} has no events in the coming twelve months.',
  'overview.cycleMonth': '{month} {year}, day not set',
  'overview.count.projects': 'Projects',
  'overview.storageHeading': 'Storage',
  'overview.contentsHeading': 'In the workbook',
  'overview.count.goalAreas': 'Goal areas',
  'overview.count.actionPlans': 'Action plans',
  'overview.count.activities': 'Activities',
  'overview.count.timeEntries': 'Time entries',
  'overview.count.contacts': 'Contacts',
  'overview.now.heading': 'What needs you now',
  'overview.now.untitled': '(untitled activity)',
  'overview.now.lateHeading': 'Late activities',
  'overview.now.lateNone': 'No activity is late.',
  'overview.now.lateWhen': 'due {date}',
  'overview.now.soonHeading': 'Starting within two weeks',
  'overview.now.soonNone': 'No activity starts in the next two weeks.',
  'overview.now.soonWhen': 'starts {date}',
  'overview.now.soonToday': 'starts today',
  'overview.now.weekHeading': 'This week\'s time, week {week}',
  'overview.now.weekMandate': 'MOA assignment: {moa} of {mandate} hours under the mandate.',
  'overview.now.weekNoMandate': 'MOA assignment: {moa} hours. No mandate is set, so the week cannot be compared with it.',
  'overview.now.weekTotal': 'All time this week: {total} hours.',
  'overview.now.weekLink': 'Open the week in the time log',
  'overview.now.mandateLink': 'Set the mandate under Follow-up',
  'overview.now.timerRunning': 'The timer is running: {task}, {since}.',
  'overview.now.timerPaused': 'The timer is paused: {task}, {since}.',
  'overview.now.timerLink': 'Go to the timer',
  'overview.now.submitHeading': 'Plans to submit',
  'overview.now.submitNone': 'No plan is waiting to be submitted: every plan whose period begins within eight weeks is submitted.',
  'overview.now.submitLate': 'draft, version {version}; the period began on {date}',
  'overview.now.submitSoon': 'draft, version {version}; the period begins on {date}',

  'settings.heading': 'Settings',
  'settings.languageHeading': 'Language',
  'settings.language': 'App language',
  'settings.language.sv': 'Svenska',
  'settings.language.en': 'English',
  'settings.storageHeading': 'Storage on this computer',
  'storage.persisted': 'Persistent storage is granted: the browser or computer will not clear the workbook to free space.',
  'storage.notPersisted': 'Persistent storage is not granted: when disk space runs low the browser may clear data. Make backups regularly.',
  'storage.unknown': 'Could not find out whether storage is persistent.',
  'storage.checking': 'Checking storage …',
  'storage.origin': 'The workbook is kept in this browser, for the address {address}. Always open the same address in the same browser: at another address (another port) or in another browser the workbook looks empty.',
  'settings.aboutHeading': 'About the app',
  'settings.openAbout': 'Show versions',

  'about.heading': 'About MOA Workbook',
  'about.version': 'Version',
  'about.host': 'Host',
  'about.host.desktop': 'Desktop app',
  'about.host.web': 'Browser edition',
  'about.electron': 'Electron',
  'about.chromium': 'Chromium',
  'about.node': 'Node.js',
  'about.dataFormat': 'Data format',
  'about.platform': 'Platform',
  'about.privacy': 'All data stays on this computer until you export it yourself.',
  'about.close': 'Close',

  'error.heading': 'Something went wrong',
  'error.body': 'An unexpected error occurred. What you have already saved is kept. Reload and try again; if the error comes back, copy the error report and send it to whoever supports you with the app.',
  'error.details': 'Error report',
  'error.copy': 'Copy the error report',
  'error.copied': 'The error report is copied.',
  'error.reload': 'Reload',
  'error.newerFormatHeading': 'The workbook comes from a newer version',
  'error.newerFormat': 'The workbook on this computer was saved by a newer version of MOA Workbook (data format {stored}). This version reads data formats up to {supported} and so leaves your data untouched. Install the latest version of the app.',
  'error.saveFailed': 'Could not save: {message}',
};

export const en: Catalogue = { ...core, ...plansMessages.en, ...activitiesMessages.en, ...contactsMessages.en, ...goalAreasMessages.en, ...documentsMessages.en, ...projectsMessages.en, ...timelineMessages.en, ...timelogMessages.en, ...timelogFollowUpMessages.en, ...backupMessages.en, ...templatesMessages.en, ...uiMessages.en, ...trashMessages.en };
