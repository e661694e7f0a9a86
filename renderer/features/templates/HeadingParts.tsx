import { useId } from 'react';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { TemplateSection } from '#shared/templates/schema.ts';
import { choiceFromValue, choiceValue, headingOptions, type HeadingChoice } from '#shared/templates/word-headings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { WordSource } from './import-flow.ts';

/** The sections a Word template's headings are matched with: its base template's, for the document its headings define. */
export function wordBaseSections(word: WordSource): readonly TemplateSection[] {
  return (word.options.base ?? defaultTemplate)[word.options.document ?? 'actionPlan'].sections;
}

/**
 * Which part of the plan each heading of the Word document becomes, with a
 * list per heading to choose another (a section of the base template, a
 * structured part, or an own section). Two headings on one part are shown
 * at both; the preview does not save until that is resolved.
 */
export function HeadingParts({
  word,
  choices,
  clashes,
  onChoose,
}: {
  word: WordSource;
  choices: readonly HeadingChoice[];
  clashes: readonly { index: number; earlier: number }[];
  onChoose: (index: number, choice: HeadingChoice) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const base = wordBaseSections(word);
  const options = headingOptions(word.options.document ?? 'actionPlan', base);
  const kindName = (kind: TemplateSection['kind']) => t(`templates.editor.kind.${kind}`);
  const label = (choice: HeadingChoice): string => {
    if (choice.type === 'own') return t('templates.word.parts.own');
    if (choice.type === 'part') return t('templates.word.parts.part', { kind: kindName(choice.kind) });
    const section = base.find((s) => s.key === choice.key);
    if (!section) return choice.key;
    return section.kind === 'freeText' ? section.title : t('templates.word.parts.baseStructured', { title: section.title, kind: kindName(section.kind) });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="heading-parts">
      <h3 id={`${id}-heading`}>{t('templates.word.parts.heading')}</h3>
      <p className="help">{t('templates.word.parts.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('templates.word.parts.headingColumn')}</th>
            <th scope="col" id={`${id}-becomes`}>
              {t('templates.word.parts.becomesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {word.read.headings.map((heading, index) => {
            const clash = clashes.find((c) => c.index === index);
            const errorId = `${id}-error-${index}`;
            const choice = choices[index] ?? { type: 'own' };
            return (
              <tr key={index}>
                <th scope="row" id={`${id}-row-${index}`}>
                  {heading.title}
                </th>
                <td>
                  <select
                    aria-labelledby={`${id}-becomes ${id}-row-${index}`}
                    aria-invalid={clash ? true : undefined}
                    aria-describedby={clash ? errorId : undefined}
                    value={choiceValue(choice)}
                    onChange={(event) => onChoose(index, choiceFromValue(event.target.value))}
                  >
                    {options.map((option) => (
                      <option key={choiceValue(option)} value={choiceValue(option)}>
                        {label(option)}
                      </option>
                    ))}
                  </select>
                  {clash ? (
                    <p id={errorId} className="field-error">
                      {t('templates.word.parts.clash', { part: label(choice), other: word.read.headings[clash.earlier]?.title ?? '' })}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
