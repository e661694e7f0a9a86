import { useEffect, useState } from 'react';
import { hrefFor } from '../../app/routes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ensureDefaultTemplate } from './template-repository.ts';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Drag-and-drop of a template file anywhere in the app: an overlay while a
 * file is dragged over the window, and on drop the Mallar view with the
 * file's preview. Dragged text is left alone. Mounted once, at the app level,
 * which also makes it the place that installs the default template at start.
 */
export function TemplateDropZone() {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    ensureDefaultTemplate().catch((error: unknown) => console.error('Standardmallen gick inte att installera', error));
  }, []);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without preventDefault the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      // relatedTarget is null only when the pointer leaves the window.
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // The import flow (Word and zip reading) is loaded with the file, not with the app.
      Promise.all([file.arrayBuffer(), import('./import-flow.ts')]).then(
        ([buffer, flow]) => {
          flow.offerTemplateFile({ name: file.name, bytes: new Uint8Array(buffer) });
          window.location.hash = hrefFor('templates');
        },
        (error: unknown) => console.error('Den släppta filen gick inte att läsa', file.name, error),
      );
    };
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    // The live region stays in the page so screen readers announce the overlay's text when it appears.
    <div role="status" className="template-drop-status">
      {dragging ? (
        <div className="template-drop-overlay">
          <p>{t('templates.drop.overlay')}</p>
        </div>
      ) : null}
    </div>
  );
}
