/**
 * The Swedish message catalogue: the source of truth for keys. Each feature
 * keeps its own messages (features/<name>/messages.ts, Swedish and English
 * side by side) and they are merged here, so features never edit one file.
 */
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

const core = {
  'app.name': 'MOA-arbetsboken',
  'app.tagline': 'Arbetsbok för målområdesansvariga',
  'app.skipToContent': 'Hoppa till innehållet',
  'app.loading': 'Läser in …',

  'nav.label': 'Huvudmeny',
  'nav.overview': 'Översikt',
  'nav.plans': 'Planer',
  'nav.projects': 'Projekt',
  'nav.timelog': 'Tidlogg',
  'nav.documents': 'Dokument',
  'nav.templates': 'Mallar',
  'nav.settings': 'Inställningar',
  'nav.about': 'Om MOA-arbetsboken',

  'firstRun.heading': 'Välkommen till MOA-arbetsboken',
  'firstRun.intro': 'Arbetsboken sparar allt på din egen dator. Börja med att berätta vem du är; uppgifterna används i dokumenten du lämnar till RUS-kansliet och kan ändras under Inställningar.',
  'firstRun.submit': 'Kom igång',

  'profile.heading': 'Din profil',
  'profile.name': 'Namn',
  'profile.organisation': 'Organisation',
  'profile.organisationHelp': 'Till exempel kommun, region eller högskola.',
  'profile.email': 'E-post',
  'profile.goalAreas': 'Mina målområden',
  'profile.goalAreasHelp': 'Ett målområde per rad, till exempel Innovationer och entreprenörskap.',
  'profile.save': 'Spara profilen',
  'profile.saved': 'Profilen är sparad.',
  'profile.errorSummary': 'Formuläret har fel som behöver rättas:',

  'validation.required': '{field}: fyll i det här fältet.',
  'validation.tooLong': '{field}: högst {max} tecken.',
  'validation.email': '{field}: ange en e-postadress som namn@exempel.se.',
  'validation.tooMany': '{field}: högst {max} rader.',

  'overview.heading': 'Översikt',
  'overview.greeting': 'Hej {name}!',
  'overview.profileHeading': 'Ditt uppdrag',
  'overview.organisation': 'Organisation',
  'overview.goalAreas': 'Målområden',
  'overview.noGoalAreas': 'Inga målområden angivna ännu. Lägg till dem under Inställningar.',
  'overview.nextHeading': 'Så använder du arbetsboken',
  'overview.guide.plans': 'handlingsplaner per målområde och period: strategier (varför, vad), taktiker (vem, hur) och daterade aktiviteter, med inlämnade versioner.',
  'overview.guide.projects': 'projektplaner med mål, budget, finansiering och risker, och tidslinjen över projekt och aktiviteter.',
  'overview.guide.timelog': 'tid per vecka, uppdelad på MOA-uppdraget och projektarbete, och uppföljning mot mandatet.',
  'overview.guide.documents': 'Word-dokument att lämna till RUS-kansliet: handlingsplan, aktivitetsplan, projektplan och tidrapport.',
  'overview.guide.templates': 'kansliets mallar, som bestämmer planernas sektioner och vägledning.',
  'overview.guide.settings': 'din profil, säkerhetskopior och språk.',
  'overview.cycleHeading': 'Årscykeln',
  'overview.cycleLead': 'Kommande händelser enligt mallen {template}.',
  'overview.cycleEmpty': 'Mallen {template} har inga händelser de kommande tolv månaderna.',
  'overview.cycleMonth': '{month} {year}, dagen är inte bestämd',
  'overview.count.projects': 'Projekt',
  'overview.storageHeading': 'Lagring',
  'overview.contentsHeading': 'I arbetsboken',
  'overview.count.goalAreas': 'Målområden',
  'overview.count.actionPlans': 'Handlingsplaner',
  'overview.count.activities': 'Aktiviteter',
  'overview.count.timeEntries': 'Tidposter',
  'overview.count.contacts': 'Kontakter',
  'overview.now.heading': 'Det här behöver dig nu',
  'overview.now.untitled': '(aktivitet utan titel)',
  'overview.now.lateHeading': 'Försenade aktiviteter',
  'overview.now.lateNone': 'Ingen aktivitet är försenad.',
  'overview.now.lateWhen': 'skulle vara klar {date}',
  'overview.now.soonHeading': 'Startar inom två veckor',
  'overview.now.soonNone': 'Ingen aktivitet startar de närmaste två veckorna.',
  'overview.now.soonWhen': 'startar {date}',
  'overview.now.soonToday': 'startar i dag',
  'overview.now.weekHeading': 'Veckans tid, v. {week}',
  'overview.now.weekMandate': 'MOA-uppdraget: {moa} av {mandate} timmar enligt mandatet.',
  'overview.now.weekNoMandate': 'MOA-uppdraget: {moa} timmar. Inget mandat är angivet, så veckan kan inte jämföras med det.',
  'overview.now.weekTotal': 'All tid den här veckan: {total} timmar.',
  'overview.now.weekLink': 'Öppna veckan i Tidlogg',
  'overview.now.mandateLink': 'Ange mandatet under Uppföljning',
  'overview.now.timerRunning': 'Tidtagningen pågår: {task}, {since}.',
  'overview.now.timerPaused': 'Tidtagningen är pausad: {task}, {since}.',
  'overview.now.timerLink': 'Till tidtagningen',
  'overview.now.submitHeading': 'Planer att lämna in',
  'overview.now.submitNone': 'Ingen plan väntar på att lämnas in: varje plan vars period börjar inom åtta veckor är inlämnad.',
  'overview.now.submitLate': 'utkast, version {version}; perioden började {date}',
  'overview.now.submitSoon': 'utkast, version {version}; perioden börjar {date}',

  'settings.heading': 'Inställningar',
  'settings.languageHeading': 'Språk',
  'settings.language': 'Språk i appen',
  'settings.language.sv': 'Svenska',
  'settings.language.en': 'English',
  'settings.storageHeading': 'Lagring på den här datorn',
  'storage.persisted': 'Beständig lagring är beviljad: webbläsaren eller datorn rensar inte arbetsboken för att frigöra utrymme.',
  'storage.notPersisted': 'Beständig lagring är inte beviljad: vid ont om diskutrymme kan webbläsaren rensa data. Ta regelbundet säkerhetskopior.',
  'storage.unknown': 'Det gick inte att ta reda på om lagringen är beständig.',
  'storage.checking': 'Kontrollerar lagringen …',
  'storage.origin': 'Arbetsboken sparas i den här webbläsaren, för adressen {address}. Öppna alltid samma adress i samma webbläsare: på en annan adress (en annan port) eller i en annan webbläsare ser arbetsboken tom ut.',
  'settings.aboutHeading': 'Om appen',
  'settings.openAbout': 'Visa versioner',

  'about.heading': 'Om MOA-arbetsboken',
  'about.version': 'Version',
  'about.host': 'Miljö',
  'about.host.desktop': 'Skrivbordsapp',
  'about.host.web': 'Webbversion',
  'about.electron': 'Electron',
  'about.chromium': 'Chromium',
  'about.node': 'Node.js',
  'about.dataFormat': 'Dataformat',
  'about.platform': 'Plattform',
  'about.privacy': 'Alla uppgifter stannar på den här datorn tills du själv exporterar dem.',
  'about.close': 'Stäng',

  'error.heading': 'Något gick fel',
  'error.body': 'Ett oväntat fel inträffade. Det du redan har sparat finns kvar. Ladda om sidan och försök igen; om felet kommer tillbaka, kopiera felrapporten och skicka den till den som stöder dig med appen.',
  'error.details': 'Felrapport',
  'error.copy': 'Kopiera felrapporten',
  'error.copied': 'Felrapporten är kopierad.',
  'error.reload': 'Ladda om',
  'error.newerFormatHeading': 'Arbetsboken kommer från en nyare version',
  'error.newerFormat': 'Arbetsboken på den här datorn har sparats av en nyare version av MOA-arbetsboken (dataformat {stored}). Den här versionen läser dataformat upp till {supported} och rör därför inte dina uppgifter. Installera den senaste versionen av appen.',
  'error.saveFailed': 'Det gick inte att spara: {message}',
} as const;

export const sv = { ...core, ...plansMessages.sv, ...activitiesMessages.sv, ...contactsMessages.sv, ...goalAreasMessages.sv, ...documentsMessages.sv, ...projectsMessages.sv, ...timelineMessages.sv, ...timelogMessages.sv, ...timelogFollowUpMessages.sv, ...backupMessages.sv, ...templatesMessages.sv, ...uiMessages.sv, ...trashMessages.sv };

export type MessageKey = keyof typeof sv;
export type Catalogue = Record<MessageKey, string>;
