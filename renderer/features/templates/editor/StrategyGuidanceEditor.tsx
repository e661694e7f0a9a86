import type { StrategyGuidance } from '#shared/templates/schema.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { TextArea } from './fields.tsx';

const questions = ['why', 'what', 'who', 'how'] as const;

/** Guidance for the strategy's why and what and the tactic's who and how. */
export function StrategyGuidanceEditor({ value, onChange }: { value: StrategyGuidance; onChange: (value: StrategyGuidance) => void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="help">{t('templates.editor.strategyGuidanceHelp')}</p>
      {questions.map((question) => (
        <TextArea
          key={question}
          label={t(`templates.editor.guidance.${question}`)}
          rows={3}
          path={['strategyGuidance', question]}
          value={value[question]}
          onChange={(text) => onChange({ ...value, [question]: text })}
        />
      ))}
    </>
  );
}
