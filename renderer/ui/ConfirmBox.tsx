import { useId, type ReactNode } from 'react';

interface Props {
  /** What is asked, e.g. "Ta bort kontakten Lars Nilsson?". */
  question: string;
  /** The button that does it (styled as dangerous). */
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** Where focus can be sent back to the "no" button (views move focus by data-focus). */
  noFocusKey?: string;
  /** Focus "no" when the box appears. */
  autoFocusNo?: boolean;
  /** Said between the question and the buttons. */
  children?: ReactNode;
  role?: 'group' | 'alertdialog';
}

/** An inline "are you sure?" before something is removed: the question labels the box, "yes" is marked dangerous. */
export function ConfirmBox({ question, yes, no, onYes, onNo, noFocusKey, autoFocusNo, children, role = 'group' }: Props) {
  const questionId = useId();
  return (
    <div className="confirm" role={role} aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      {children}
      <div className="actions">
        <button type="button" className="danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" data-focus={noFocusKey} autoFocus={autoFocusNo} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
