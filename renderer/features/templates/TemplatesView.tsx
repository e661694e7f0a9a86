import './templates.css';
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { platform } from '#host';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { templateToJson } from '#shared/templates/serialize.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ImportPanel, startImport, type ImportFlow } from './ImportPanel.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { TemplateSummary } from './TemplateSummary.tsx';
import { templateFileExtensions, templateFileName, takePendingFile, usePendingFile, type TemplateFile } from './import-flow.ts';
import { activeTemplateId, ensureDefaultTemplate, listTemplates, removeTemplate, setActiveTemplate, templateUsage } from './template-repository.ts';
import { ConfirmBox } from '../../ui/ConfirmBox.tsx';
import { DataTable, RowActions } from '../../ui/DataTable.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { errorText } from '../../ui/error-text.ts';

async function loadTemplates() {
  const [templates, activeId, usage] = await Promise.all([listTemplates(), activeTemplateId(), templateUsage()]);
  return { templates, activeId, usage };
}


/** Mallar: the active template, the stored ones, importing (file dialog or drop) and a new version in the editor. */
export function TemplatesView() {
  const { t } = useI18n();
  const data = useLiveQuery(loadTemplates, []);
  const pendingFile = usePendingFile();
  const [flow, setFlow] = useState<ImportFlow | null>(null);
  const [editing, setEditing] = useState<StoredTemplate | null>(null);
  const [confirming, setConfirming] = useState<StoredTemplate | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');

  useEffect(() => {
    ensureDefaultTemplate().catch((error: unknown) => console.error('Standardmallen gick inte att installera', error));
  }, []);

  async function begin(file: TemplateFile) {
    setStatus(t('templates.import.reading', { name: file.name }));
    setAlert('');
    setEditing(null);
    try {
      setFlow(await startImport(file));
      setStatus('');
    } catch (error) {
      console.error('Mallfilen gick inte att läsa', file.name, error);
      setStatus('');
      setAlert(t('templates.failed', { message: errorText(error) }));
    }
  }

  // A file dropped anywhere in the app arrives here.
  useEffect(() => {
    if (pendingFile === null) return;
    const file = takePendingFile();
    if (file) void begin(file);
    // begin only reads state setters and t; running again on t alone would re-read no file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pendingFile]);

  async function pick() {
    try {
      const result = await platform.openFile({ accept: [{ name: t('templates.import.fileType'), extensions: templateFileExtensions }] });
      if (result.status === 'opened') await begin({ name: result.name, bytes: result.bytes });
    } catch (error) {
      console.error('Filen gick inte att öppna', error);
      setAlert(t('templates.failed', { message: errorText(error) }));
    }
  }

  async function activate(stored: StoredTemplate) {
    setAlert('');
    if (await setActiveTemplate(stored.id)) setStatus(t('templates.activated', { name: stored.template.name, version: stored.version }));
    else setAlert(t('templates.notFound'));
  }

  async function exportFile(stored: StoredTemplate) {
    setAlert('');
    try {
      const bytes = new TextEncoder().encode(templateToJson(stored.template));
      const suggestedName = await templateFileName(stored.template);
      const result = await platform.saveFile({ suggestedName, bytes, mimeType: 'application/json', filters: [{ name: t('templates.import.fileType'), extensions: ['json'] }] });
      setStatus(result.status === 'saved' ? t('templates.exported', { name: result.name }) : t('templates.exportCancelled'));
    } catch (error) {
      console.error('Mallen gick inte att exportera', stored.id, error);
      setAlert(t('templates.failed', { message: errorText(error) }));
    }
  }

  async function remove(stored: StoredTemplate) {
    setConfirming(null);
    const result = await removeTemplate(stored.id);
    if (result.ok) setStatus(t('templates.removed', { name: stored.template.name, version: stored.version }));
    else setAlert(t(result.reason === 'active' ? 'templates.removeActive' : 'templates.notFound'));
  }

  const active = data?.templates.find((s) => s.id === data.activeId);
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.templates')}</h1>
      <p className="help">{t('templates.intro')}</p>
      <div className="template-import">
        <button type="button" className="primary" onClick={() => void pick()}>
          {t('templates.import.button')}
        </button>
        <p className="help">{t('templates.import.help')}</p>
      </div>
      <Notices status={status} alert={alert} />
      {flow ? (
        <ImportPanel
          flow={flow}
          onChange={setFlow}
          onClose={(message) => {
            setFlow(null);
            setStatus(message);
          }}
        />
      ) : null}
      {editing ? (
        <TemplateEditor
          stored={editing}
          onExport={exportFile}
          onClose={(message) => {
            setEditing(null);
            setStatus(message);
          }}
        />
      ) : null}
      {data === undefined ? (
        <p>{t('templates.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="templates-active-heading" className="template-active">
            <h2 id="templates-active-heading">{t('templates.active.heading')}</h2>
            {active ? (
              <TemplateSummary
                template={active.template}
                extra={[
                  [t('templates.source'), active.source],
                  [t('templates.reference'), active.referenceFileName ?? t('templates.referenceNone')],
                ]}
              />
            ) : (
              <p>{t('templates.active.none')}</p>
            )}
          </section>
          <section aria-labelledby="templates-list-heading">
            <h2 id="templates-list-heading">{t('templates.list.heading')}</h2>
            <DataTable
              captionId="templates-list-caption"
              caption={t('templates.list.caption')}
              className="templates-table"
              columns={[t('templates.list.name'), t('templates.list.version'), t('templates.list.imported'), t('templates.list.source'), t('templates.list.actions')]}
              rows={data.templates}
              empty={null}
            >
              {(stored) => {
                const labelVars = { name: stored.template.name, version: stored.version };
                const isActive = stored.id === data.activeId;
                return (
                  <tr key={stored.id}>
                    <th scope="row">
                      {stored.template.name}
                      {isActive ? <span className="badge"> ({t('templates.list.active')})</span> : null}
                    </th>
                    <td>{stored.version}</td>
                    <td className="nowrap">{stored.importedAt.slice(0, 10)}</td>
                    <td>{stored.source}</td>
                    <RowActions
                      actions={[
                        !isActive && { text: t('templates.use'), label: t('templates.useLabel', labelVars), onClick: () => void activate(stored) },
                        { text: t('templates.export'), label: t('templates.exportLabel', labelVars), onClick: () => void exportFile(stored) },
                        {
                          text: t('templates.edit'),
                          label: t('templates.editLabel', labelVars),
                          onClick: () => {
                            setFlow(null);
                            setEditing(stored);
                          },
                        },
                        !isActive && { text: t('templates.remove'), label: t('templates.removeLabel', labelVars), onClick: () => setConfirming(stored) },
                      ]}
                    />
                  </tr>
                );
              }}
            </DataTable>
            {confirming ? (
              <ConfirmBox
                question={t('templates.confirm.question', { name: confirming.template.name, version: confirming.version })}
                yes={t('templates.confirm.yes')}
                no={t('templates.confirm.no')}
                onYes={() => void remove(confirming)}
                onNo={() => setConfirming(null)}
                autoFocusNo
              />
            ) : null}
          </section>
          {data.usage.length > 0 ? (
            <section aria-labelledby="templates-usage-heading">
              <h2 id="templates-usage-heading">{t('templates.usage.heading')}</h2>
              <ul>
                {data.usage.map((u) => (
                  <li key={`${u.templateId}@${u.version}`}>
                    {t('templates.usage.line', { templateId: u.templateId, version: u.version, plans: u.plans, projects: u.projects })}
                    {u.stored ? null : <strong className="warning"> ({t('templates.usage.gone')})</strong>}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
