import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { projectPartGuidance, type ProjectPart } from '#shared/project/defaults.ts';
import type { ProjectLayout } from '#shared/project/template-sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { GuidanceText } from '../../ui/GuidanceText.tsx';

const TemplateGuidance = createContext<ReadonlyMap<string, string>>(new Map());

/** Gives the parts of the editor the guidance the project's template writes for them. */
export function PartGuidanceProvider({ layout, children }: { layout: ProjectLayout; children: ReactNode }) {
  const guidance = useMemo(
    () => new Map(layout.entries.flatMap((entry) => (entry.type === 'part' && entry.guidance !== null ? [[entry.part, entry.guidance] as const] : []))),
    [layout],
  );
  return <TemplateGuidance.Provider value={guidance}>{children}</TemplateGuidance.Provider>;
}

/**
 * The help under a part's heading: the template's guidance for it (its own
 * words, so in any UI language), else the app's (Swedish, so only in the
 * Swedish UI).
 */
export function PartHelp({ part }: { part: ProjectPart }) {
  const { language } = useI18n();
  const fromTemplate = useContext(TemplateGuidance).get(part);
  const text = fromTemplate ?? (language === 'sv' ? projectPartGuidance[part] : null);
  if (!text) return null;
  return (
    <div className="part-help">
      {text.split(/\n\s*\n/u).map((paragraph, i) => (
        <p key={i} className="help">
          <GuidanceText text={paragraph} />
        </p>
      ))}
    </div>
  );
}
