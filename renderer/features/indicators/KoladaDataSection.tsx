/**
 * Planer › Indikatorer, its lower half: importing Kolada's values from files (answers saved from Kolada's API, or
 * tables exported from kolada.se), with a preview of what the import would change; then what is in
 * the workbook, per KPI, and the log of imports. Everything shown here is Kolada's own data, so it is
 * credited "Källa: Kolada".
 */
import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { platform } from '#host';
import { formatDateTime, formatInteger } from '#shared/format.ts';
import { db } from '../../db/database.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { KoladaKpiSummary } from '#shared/domain/kolada.ts';
import { applyKoladaImport, summariseKoladaKeys } from './kolada-repository.ts';
import type { KoladaPick } from './kolada-import-flow.ts';
import { KoladaFetchHelp } from './KoladaFetchHelp.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { errorText } from '../../ui/error-text.ts';

/** The file types a Kolada import takes. */
const koladaFileExtensions = ['json', 'csv', 'xlsx'];

interface KpiSummary {
  id: string;
  title: string;
  values: number;
  areas: number;
  years: string;
}

/**
 * Per KPI: how many values, areas and which years, as the newest import that touched it recorded
 * (koladaImports.kpiSummaries), so the list does not read the workbook's hundreds of thousands of
 * values. A KPI whose imports predate those summaries is counted from its values' keys.
 */
async function loadKpiSummaries(): Promise<KpiSummary[]> {
  const database = db();
  return database.transaction('r', [database.koladaKpis, database.koladaValues, database.koladaImports], async () => {
    const [kpis, imports, withValues] = await Promise.all([
      database.koladaKpis.toArray(),
      database.koladaImports.orderBy('importedAt').toArray(),
      database.koladaValues.orderBy('kpiId').uniqueKeys(),
    ]);
    const summaries = new Map<string, KoladaKpiSummary>();
    for (const record of imports) for (const summary of record.kpiSummaries ?? []) summaries.set(summary.kpiId, summary);
    const unsummarised = withValues.map(String).filter((id) => !summaries.has(id));
    for (const kpiId of unsummarised) {
      const keys = await database.koladaValues.where('id').between(`${kpiId}:`, `${kpiId}:\uffff`).primaryKeys();
      for (const summary of summariseKoladaKeys(keys.map(String))) summaries.set(summary.kpiId, summary);
    }
    const titles = new Map(kpis.map((k) => [k.id, k.title]));
    return [...new Set([...summaries.keys(), ...titles.keys()])].sort().map((id) => {
      const summary = summaries.get(id);
      const first = summary?.firstYear ?? null;
      const last = summary?.lastYear ?? null;
      return { id, title: titles.get(id) ?? '', values: summary?.values ?? 0, areas: summary?.areas ?? 0, years: first === null ? '–' : first === last ? String(first) : `${first}–${last}` };
    });
  });
}

/**
 * Reading Kolada files, what is in the workbook per KPI, and the log of imports; and getting the
 * shown indicators' values (`kpiIds` in `areaIds`): fetched by the desktop host, or, in the browser
 * edition, the exact addresses to save as files.
 */
export function KoladaDataSection({ kpiIds, areaIds }: { kpiIds: readonly string[]; areaIds: readonly string[] }) {
  const { t, language } = useI18n();
  const id = useId();
  const kpis = useLiveQuery(loadKpiSummaries, []);
  const imports = useLiveQuery(() => db().koladaImports.orderBy('importedAt').reverse().limit(20).toArray(), []);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<{ pick: Extract<KoladaPick, { ok: true }>; source: 'file' | 'api' } | null>(null);
  const [fetching, setFetching] = useState<{ pages: number } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const n = (value: number) => formatInteger(value, language);

  const choose = async () => {
    setBusy(true);
    setStatus('');
    setProblems([]);
    try {
      const picked = await platform.openFiles({ accept: [{ name: t('indicators.fileType'), extensions: koladaFileExtensions }] });
      if (picked.status === 'cancelled') {
        setStatus(t('indicators.cancelled'));
        return;
      }
      await preview(picked.files, 'file');
    } catch (error) {
      setProblems([t('indicators.failed', { message: errorText(error) })]);
    } finally {
      setBusy(false);
    }
  };

  /** Reads the files (or fetched pages) and shows what importing them would change. */
  const preview = async (files: readonly { name: string; bytes: Uint8Array }[], source: 'file' | 'api') => {
    // The readers (JSON checks, Papa Parse, read-excel-file) load with the first import, not with Planer.
    const { readKoladaFiles } = await import('./kolada-import-flow.ts');
    const read = await readKoladaFiles(files);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setPending({ pick: read, source });
    dialog.current?.showModal();
  };

  const fetchFromKolada = async () => {
    setBusy(true);
    setStatus('');
    setProblems([]);
    setFetching({ pages: 0 });
    const stop = platform.onKoladaProgress((progress) => setFetching(progress));
    try {
      const answer = await platform.fetchKolada({ kpiIds: [...kpiIds], areaIds: [...areaIds] });
      if (answer.status === 'cancelled') setStatus(t('indicators.fetch.cancelled'));
      else if (answer.status === 'failed') setProblems([answer.problem]);
      else if (answer.status === 'unavailable') setProblems([t('indicators.fetch.unavailable')]);
      // Each page is read as if it were a saved file named by its address.
      else await preview(answer.pages.map((page) => ({ name: page.url, bytes: page.bytes })), 'api');
    } catch (error) {
      setProblems([t('indicators.failed', { message: errorText(error) })]);
    } finally {
      stop();
      setFetching(null);
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    dialog.current?.close();
    setBusy(true);
    try {
      const record = await applyKoladaImport(pending.pick.read, pending.source, pending.pick.from);
      setStatus(t('indicators.done', { added: n(record.added), changed: n(record.changed), removed: n(record.removed), unchanged: n(record.unchanged) }));
    } catch (error) {
      setProblems([t('indicators.failed', { message: errorText(error) })]);
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="kolada-data-heading" className="kolada-indicators">
      <h2 id="kolada-data-heading">{t('indicators.heading')}</h2>
      <p>{t('indicators.intro')}</p>
      {platform.canFetchKolada ? (
        kpiIds.length === 0 ? (
          <p className="help">{t('indicators.fetch.noKpisDesktop')}</p>
        ) : (
          <div className="actions">
            {/* aria-disabled, not disabled: the button keeps keyboard focus while the fetch runs. */}
            <button type="button" onClick={() => (busy ? undefined : void fetchFromKolada())} aria-disabled={busy}>
              {t('indicators.fetch.button', { kpis: kpiIds.join(', ') })}
            </button>
            {fetching ? (
              <>
                <span role="status">{t('indicators.fetch.progress', { pages: n(fetching.pages) })}</span>
                <button type="button" onClick={() => void platform.cancelKoladaFetch()}>
                  {t('indicators.fetch.cancel')}
                </button>
              </>
            ) : null}
          </div>
        )
      ) : (
        <KoladaFetchHelp kpiIds={kpiIds} areaIds={areaIds} />
      )}
      <div className="actions">
        <button type="button" ref={chooseButton} onClick={() => void choose()} disabled={busy}>
          {t('indicators.choose')}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="problem">
          <p>{t('indicators.refused')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <dialog
        ref={dialog}
        aria-labelledby="indicators-preview-heading"
        className="about"
        onClose={() => {
          setPending(null);
          chooseButton.current?.focus();
        }}
      >
        <h2 id="indicators-preview-heading">{t('indicators.previewHeading')}</h2>
        {pending && (
          <>
            <h3>{t('indicators.previewFiles')}</h3>
            <ul>
              {pending.pick.read.files.map((file) => (
                <li key={file.name}>
                  {file.name}: {file.rows === 1 && (file.kind === 'data' || file.kind === 'municipality') ? t(`indicators.kind.${file.kind}One`) : t(`indicators.kind.${file.kind}`, { rows: n(file.rows) })}
                </li>
              ))}
              {pending.pick.tables.map((table) => (
                <li key={table.name}>
                  {table.name}:{' '}
                  {t('indicators.kind.table', {
                    rows: n(table.rows),
                    headerRow: String(table.mapping.headerRow),
                    kpi: table.mapping.kpi,
                    area: table.mapping.area,
                    year: table.mapping.year,
                    values: Array.isArray(table.mapping.values) ? table.mapping.values.map((v) => `”${v.header}” (${v.gender})`).join(', ') : `”${table.mapping.values.value}”`,
                  })}
                </li>
              ))}
            </ul>
            <p>{t('indicators.previewCounts', { added: n(pending.pick.counts.added), changed: n(pending.pick.counts.changed), removed: n(pending.pick.counts.removed), unchanged: n(pending.pick.counts.unchanged) })}</p>
          </>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t('indicators.confirm')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('indicators.cancel')}
          </button>
        </div>
      </dialog>

      {kpis ? (
        <DataTable
          captionId={`${id}-kpis`}
          caption={t('indicators.kpisCaption')}
          showCaption
          className="data-table"
          columns={[t('indicators.col.kpi'), { label: t('indicators.col.values'), className: 'number' }, { label: t('indicators.col.areas'), className: 'number' }, { label: t('indicators.col.years'), className: 'nowrap' }]}
          rows={kpis}
          empty={<p>{t('indicators.kpisEmpty')}</p>}
        >
          {(kpi) => (
            <tr key={kpi.id}>
              <th scope="row">
                {kpi.id}
                {kpi.title ? ` ${kpi.title}` : ''}
              </th>
              <td className="number">{n(kpi.values)}</td>
              <td className="number">{n(kpi.areas)}</td>
              <td className="nowrap">{kpi.years}</td>
            </tr>
          )}
        </DataTable>
      ) : null}
      {imports ? (
        <DataTable
          captionId={`${id}-imports`}
          caption={t('indicators.importsCaption')}
          showCaption
          className="data-table"
          columns={[
            t('indicators.col.when'),
            t('indicators.col.from'),
            { label: t('indicators.col.added'), className: 'number' },
            { label: t('indicators.col.changed'), className: 'number' },
            { label: t('indicators.col.removed'), className: 'number' },
            { label: t('indicators.col.unchanged'), className: 'number' },
          ]}
          rows={imports}
          empty={null}
        >
          {(record) => (
            <tr key={record.id}>
              <th scope="row" className="nowrap">
                {formatDateTime(new Date(record.importedAt), language)}
              </th>
              {/* A fetch from Kolada reads many pages: the first addresses, then how many more. */}
              <td className="kolada-from">{record.from.length > 3 ? t('indicators.fromMore', { first: record.from.slice(0, 2).join(', '), more: n(record.from.length - 2) }) : record.from.join(', ')}</td>
              <td className="number">{n(record.added)}</td>
              <td className="number">{n(record.changed)}</td>
              <td className="number">{n(record.removed)}</td>
              <td className="number">{n(record.unchanged)}</td>
            </tr>
          )}
        </DataTable>
      ) : null}
    </section>
  );
}
