import { useEffect, useRef, useState } from 'react';

/**
 * Focus that follows an action to a control drawn later: set the target's
 * `data-focus` key, and after each render the control inside `rootRef` is
 * focused once it is there (a row saved and shown again, a form opened).
 */
export function useFocusTarget<E extends HTMLElement = HTMLElement>() {
  const rootRef = useRef<E>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // After every render on purpose: the target may appear in any later one (data loaded, a form opened); it stops once focused.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (focusTarget === null) return;
    const element = rootRef.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusTarget)}"]`);
    if (element) {
      element.focus();
      setFocusTarget(null);
    }
  });
  return { rootRef, setFocusTarget };
}
