import './trash.css';
import { useState } from 'react';
import { ConfirmBox } from './ConfirmBox.tsx';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  /** The button's visible text, which its accessible name begins with. */
  text: string;
  /** The button's accessible name, e.g. "Ta bort handlingsplanen X". */
  label: string;
  /** The confirmation's question. */
  question: string;
  /** The button's data-focus key, so the view can send focus back to it. */
  focusKey: string;
  /** Says what goes with the removal, read when the button is pressed; null when the thing is gone. */
  describe: () => Promise<string | null>;
  onYes: () => void;
  onNo: () => void;
  onGone: () => void;
}

/** A "Ta bort …" button that first asks, saying what goes to the papperskorg with it and how to get it back. */
export function RemoveToTrash({ text, label, question, focusKey, describe, onYes, onNo, onGone }: Props) {
  const { t } = useI18n();
  const [consequence, setConsequence] = useState<string | null>(null);

  async function ask() {
    const text = await describe();
    if (text === null) onGone();
    else setConsequence(text);
  }

  if (consequence === null) {
    return (
      <span className="trash-remove">
        <button type="button" className="danger small" aria-label={label} data-focus={focusKey} onClick={() => void ask()}>
          {text}
        </button>
      </span>
    );
  }
  return (
    <div className="trash-confirm">
      <ConfirmBox
        role="alertdialog"
        question={question}
        yes={t('trash.yes')}
        no={t('trash.no')}
        autoFocusNo
        onYes={() => {
          setConsequence(null);
          onYes();
        }}
        onNo={() => {
          setConsequence(null);
          onNo();
        }}
      >
        <p>{consequence}</p>
        <p className="help">{t('trash.comeBack')}</p>
      </ConfirmBox>
    </div>
  );
}
