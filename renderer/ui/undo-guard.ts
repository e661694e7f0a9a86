/**
 * The browser keeps one undo history for the whole page: Ctrl+Z in one
 * field can undo typing in another field that is not even on screen (and
 * that change would then be autosaved). Undo and redo may only change the
 * field that has the focus; anything else is refused here. Inside the
 * focused field, Ctrl+Z stays the field's own.
 */
export function installUndoGuard(target: Document = document): () => void {
  const guard = (event: InputEvent) => {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    if (event.target !== target.activeElement) event.preventDefault();
  };
  target.addEventListener('beforeinput', guard, true);
  return () => target.removeEventListener('beforeinput', guard, true);
}
