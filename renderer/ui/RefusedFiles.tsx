import { useI18n } from '../i18n/i18n.tsx';

/** The files of an import that could not be read, each named with its problems (Swedish, from the reader), said at once. */
export function RefusedFiles({ refused }: { refused: readonly { fileName: string; problems: readonly string[] }[] }) {
  const { t } = useI18n();
  return (
    <>
      {refused.map((r) => (
        <div key={r.fileName} role="alert">
          <p>{t('ui.fileRefused', { file: `«${r.fileName}»` })}</p>
          <ul>
            {r.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
