import { useEffect, useState } from 'react';

/**
 * Checkboxes and radio buttons bound to stored data would flick back to the stored value for the
 * moment between the click and the live query's update, and screen readers would announce that.
 * This keeps what the user chose until fresh stored data arrives (`source` changes).
 */
export function usePending<T>(source: unknown): { pendingOr: (key: string, stored: T) => T; setPending: (key: string, value: T) => void } {
  const [pending, setPendingMap] = useState<ReadonlyMap<string, T>>(new Map());
  useEffect(() => setPendingMap(new Map()), [source]);
  return {
    pendingOr: (key, stored) => (pending.has(key) ? (pending.get(key) as T) : stored),
    setPending: (key, value) => setPendingMap((current) => new Map(current).set(key, value)),
  };
}
