/**
 * Plan and project sections are keyed; a restored file or older data may
 * hold a key twice. Everywhere the first one counts: it is the one shown,
 * and the one an edit writes, so a second is never overwritten unseen.
 */
export interface KeyedSection {
  key: string;
  title: string;
  text: string;
}

/** The first section per key, in order. */
export function firstByKey<S extends KeyedSection>(sections: readonly S[]): Map<string, S> {
  const map = new Map<string, S>();
  for (const section of sections) if (!map.has(section.key)) map.set(section.key, section);
  return map;
}

/** The sections with `text` in the first section of `key`, or that section added at the end. */
export function withSectionText<S extends KeyedSection>(sections: readonly S[], key: string, title: string, text: string): (S | KeyedSection)[] {
  const at = sections.findIndex((s) => s.key === key);
  if (at === -1) return [...sections, { key, title, text }];
  return sections.map((s, i) => (i === at ? { ...s, text } : s));
}
