import { useEffect, useState } from 'react';
import type { FollowedRead } from './followed-read.ts';

/**
 * A followed read in a component, like `useLiveQuery`: undefined until a
 * value is there, then each new value. A component that mounts takes only a
 * current value (never rows from before a change); once shown, it keeps
 * its value until the read after a change brings the next one, as a live
 * query does. A failed read is thrown to the error boundary.
 */
export function useFollowedRead<T>(read: FollowedRead<T>): T | undefined {
  const [state, setState] = useState<{ read: FollowedRead<T>; value: T | undefined }>(() => ({ read, value: read.current() }));
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    const update = () => {
      const error = read.error();
      if (error !== undefined) {
        setFailure({ error });
        return;
      }
      const value = read.latest();
      setState((shown) => (shown.read === read && shown.value === value ? shown : { read, value }));
    };
    const unsubscribe = read.subscribe(update);
    // A value may have arrived between the first render and this effect.
    const now = read.current();
    if (now !== undefined) setState((shown) => (shown.read === read && shown.value === now ? shown : { read, value: now }));
    return unsubscribe;
  }, [read]);
  if (failure) throw failure.error;
  return state.read === read ? state.value : read.current();
}
