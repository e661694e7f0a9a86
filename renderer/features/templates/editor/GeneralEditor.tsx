import { useI18n } from '../../../i18n/i18n.tsx';
import type { TemplateDraft } from './draft.ts';
import { TextArea, TextField } from './fields.tsx';

interface Props {
  draft: TemplateDraft;
  onChange: (patch: Partial<TemplateDraft>) => void;
  /** The newest version stored of this template; the new one must be higher. */
  newestStored: number;
}

/**
 * The template as a whole. The id is kept (a new version of the same
 * template); the version starts at the newest stored + 1 and may be raised
 * (a secretariat numbering by year, say), never set at or below a stored one.
 */
export function GeneralEditor({ draft, onChange, newestStored }: Props) {
  const { t } = useI18n();
  return (
    <>
      <p className="template-id">
        {t('templates.editor.templateId')}: <code>{draft.id}</code>
      </p>
      <TextField label={t('templates.editor.templateName')} required path={['name']} value={draft.name} onChange={(name) => onChange({ name })} />
      <TextField label={t('templates.editor.issuer')} required path={['issuer']} value={draft.issuer} onChange={(issuer) => onChange({ issuer })} />
      <TextArea label={t('templates.editor.description')} path={['description']} value={draft.description} onChange={(description) => onChange({ description })} />
      <div className="field-row">
        <TextField
          label={t('templates.editor.version')}
          help={t('templates.editor.versionHelp', { version: newestStored })}
          required
          inputMode="numeric"
          path={['version']}
          value={draft.version}
          onChange={(version) => onChange({ version })}
        />
        <TextField label={t('templates.editor.validFrom')} help={t('templates.word.dateHelp')} required path={['validFrom']} value={draft.validFrom} onChange={(validFrom) => onChange({ validFrom })} />
        <TextField label={t('templates.editor.validTo')} help={t('templates.word.dateHelp')} required path={['validTo']} value={draft.validTo} onChange={(validTo) => onChange({ validTo })} />
      </div>
    </>
  );
}
