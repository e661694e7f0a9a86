/**
 * A new project plan and the Swedish words for its fixed lists. The labels
 * are the ones the Word export prints: the Swedish document words
 * (../documents/words/sv.ts), named here for the app's Swedish texts.
 * The default sections' titles and guidance are stored in each new project
 * (and template) as the user's content, so they stay here and the documents
 * print what the project holds. Glossary: ../../../shared/domain.md.
 */
import type { TemplateRef } from '../domain/template-store.ts';
import type { ActivityStatus } from '../domain/plan.ts';
import {
  horizontalPrinciples,
  type BudgetCategory,
  type HorizontalPrinciple,
  type PrincipleRating,
  type Project,
  type ProjectGoalLevel,
  type ProjectStatus,
} from '../domain/project.ts';
import { sv } from '../documents/words/sv.ts';

/** The free-text sections in document order, until a template defines others. */
export const defaultProjectSections = [
  { key: 'sammanfattning', title: 'Sammanfattning' },
  { key: 'bakgrund', title: 'Bakgrund och problem' },
  { key: 'syfte', title: 'Syfte' },
  { key: 'kommunikation', title: 'Kommunikation' },
  { key: 'uppfoljning', title: 'Uppföljning och utvärdering' },
] as const satisfies readonly { key: string; title: string }[];

export type ProjectSectionKey = (typeof defaultProjectSections)[number]['key'];

/** Every default section must be filled before the plan is complete (förändringsteorin is optional and not a section). */
export const requiredProjectSectionKeys: readonly string[] = defaultProjectSections.map((s) => s.key);

/** Help shown under each default section: what a reader of the plan looks for there. */
export const projectSectionGuidance: Readonly<Record<ProjectSectionKey, string>> = {
  sammanfattning:
    'Beskriv projektet i några meningar: vilket problem det tar sig an, vad som ska göras, för vem, under vilken period och vad det ska leda till. Skriv gärna sammanfattningen sist.',
  bakgrund:
    'Beskriv problemet eller behovet som projektet ska möta. Vilka är orsakerna, och vilka blir konsekvenserna om inget görs? Stöd gärna med statistik, analyser eller tidigare erfarenheter, och visa kopplingen till målområdets effektmål.',
  syfte:
    'Varför genomförs projektet? Beskriv den förändring projektet ska bidra till. Syftet svarar på frågan varför, målen på frågan vad som ska uppnås.',
  kommunikation:
    'Vem behöver veta vad, när och hur? Ange målgrupper, budskap och kanaler, och hur resultaten sprids och tas tillvara när projektet är slut.',
  uppfoljning:
    'Hur följs projektet upp under tiden och utvärderas efteråt? Ange vem som ansvarar, vilka indikatorer som mäts och hur ofta, och hur lärdomarna förs tillbaka till målområdet.',
};

/** Guidance for a section key, or null for a template's own section without guidance. */
export function sectionGuidance(key: string): string | null {
  return Object.hasOwn(projectSectionGuidance, key) ? projectSectionGuidance[key as ProjectSectionKey] : null;
}

/** The structured parts of a project plan, for help texts next to each part. */
export type ProjectPart = 'goals' | 'targetGroups' | 'organisation' | 'activities' | 'budget' | 'financing' | 'risks' | 'principles' | 'changeTheory';

export const projectPartGuidance: Readonly<Record<ProjectPart, string>> = {
  goals:
    'Övergripande mål är den långsiktiga förändring projektet bidrar till. Projektmål är det projektet ska ha uppnått när det är slut, och delmål är steg på vägen. Gör varje mål mätbart: indikator, utgångsläge, målvärde och datum.',
  targetGroups: 'Primära målgrupper är de som projektet direkt riktar sig till; sekundära är de som påverkas indirekt. Intressenter är de som påverkar eller påverkas av projektet.',
  organisation: 'Projektägaren beställer projektet och tar emot resultatet; projektledaren leder arbetet. Styrgruppen fattar beslut, referensgruppen bidrar med kunskap.',
  activities: 'Dela upp arbetet i arbetspaket med aktiviteter och milstolpar. Varje aktivitet har datum inom projektperioden och en ansvarig.',
  budget: 'Ange kostnaderna per kategori och år i kronor. Indirekta kostnader är till exempel administration och lokaler som delas med annan verksamhet.',
  financing: 'Ange varje finansiär och belopp per år, kontant och i natura (till exempel arbetstid). Finansieringen ska täcka budgeten.',
  risks: 'Beskriv vad som kan gå fel. Bedöm sannolikhet och konsekvens från 1 (låg) till 5 (hög), och ange åtgärd och ansvarig.',
  principles: 'Beskriv hur projektet arbetar med varje horisontell princip och bedöm om det sker aktivt, delvis eller inte.',
  changeTheory: 'Valfritt: beskriv kedjan från utmaning till aktiviteter, resultat och effekter, så att det syns varför aktiviteterna leder till målen.',
};

export interface NewProjectInput {
  /** The template version the project follows; none when left out. */
  templateRef?: TemplateRef;
  id: string;
  goalAreaId: string;
  title: string;
  startDate: string;
  endDate: string;
  /** ISO date-time, stored as updatedAt. */
  now: string;
  /** The free-text sections to start with (a template's: newProjectSections); the defaults when left out. */
  sections?: readonly { key: string; title: string }[];
}

/**
 * A new, empty project plan. The caller checks title and dates first
 * (validateProjectFields); with valid input the result passes projectSchema.
 */
export function newProject(input: NewProjectInput): Project {
  return {
    id: input.id,
    goalAreaId: input.goalAreaId,
    title: input.title,
    status: 'planned',
    startDate: input.startDate,
    endDate: input.endDate,
    strategyIds: [],
    tacticIds: [],
    sections: (input.sections ?? defaultProjectSections).map((s) => ({ key: s.key, title: s.title, text: '' })),
    goals: [],
    targetGroups: { primary: '', secondary: '' },
    stakeholders: '',
    organisation: { ownerContactId: null, leaderContactId: null, steeringGroupContactIds: [], referenceGroupContactIds: [], partnerContactIds: [] },
    workPackages: [],
    activities: [],
    budget: [],
    financiers: [],
    risks: [],
    principles: horizontalPrinciples.map((principle) => ({ principle, how: '', rating: null })),
    changeTheory: { challenge: '', activities: '', results: '', effects: '' },
    updatedAt: input.now,
    templateRef: input.templateRef ?? null,
  };
}

export const budgetCategoryLabels: Readonly<Record<BudgetCategory, string>> = sv.projektplan.budgetCategory;

export const principleLabels: Readonly<Record<HorizontalPrinciple, string>> = sv.projektplan.principle;

export const principleRatingLabels: Readonly<Record<PrincipleRating, string>> = sv.projektplan.principleRating;

/** For a principle not yet rated (rating null). */
export const principleUnratedLabel = sv.projektplan.principleUnrated;

export const projectStatusLabels: Readonly<Record<ProjectStatus, string>> = sv.projektplan.projectStatus;

export const goalLevelLabels: Readonly<Record<ProjectGoalLevel, string>> = sv.projektplan.goalLevel;

/** A project activity's status (the plan's activity statuses, capitalised as a table cell). */
export const projectActivityStatusLabels: Readonly<Record<ActivityStatus, string>> = sv.projektplan.activityStatus;
