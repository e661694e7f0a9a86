import { useState, type ReactNode } from 'react';
import { flushSaves } from '../saving/autosave.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ConfirmBox } from './ConfirmBox.tsx';
import { leaveRemovalNotice } from './removal-notice.ts';

interface Props<T> {
  /** The section's heading id and class (`project-remove`, `project-part`). */
  id: string;
  className: string;
  heading: string;
  button: string;
  question: string;
  yes: string;
  no: string;
  /** Read when the button is pressed: what the confirmation says goes with the removal. */
  consequences: () => Promise<T>;
  /** The confirmation's own lines about what goes with it (the trash note follows). */
  describe: (found: T) => ReactNode;
  /** Moves the thing to the papperskorg; false when it was already gone. */
  remove: () => Promise<boolean>;
  /** The thing's name in the notice the next view shows. */
  title: string;
  /** Where the editor goes after the removal (the list). */
  back: string;
}

/**
 * An editor's last section: "Ta bort …" asks first, saying what goes with it and how to get it
 * back, stores what is typed, moves the thing to the papperskorg and goes back to the list, which
 * says what happened.
 */
export function RemoveSection<T>({ id, className, heading, button, question, yes, no, consequences, describe, remove, title, back }: Props<T>) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<{ found: T } | null>(null);
  return (
    <section aria-labelledby={id} className={`${className} screen-only`}>
      <h3 id={id}>{heading}</h3>
      {confirming ? (
        <ConfirmBox
          role="alertdialog"
          question={question}
          yes={yes}
          no={no}
          onYes={() =>
            void (async () => {
              await flushSaves();
              const removed = await remove();
              leaveRemovalNotice(removed ? t('trash.removed', { title }) : t('trash.gone'));
              window.location.hash = back;
            })()
          }
          onNo={() => setConfirming(null)}
        >
          {describe(confirming.found)}
          <p className="help">{t('trash.comeBack')}</p>
        </ConfirmBox>
      ) : (
        <button type="button" className="danger" onClick={async () => setConfirming({ found: await consequences() })}>
          {button}
        </button>
      )}
    </section>
  );
}
