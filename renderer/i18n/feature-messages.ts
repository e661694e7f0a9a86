/**
 * A feature's messages: Swedish is the source of truth for keys, English
 * must have exactly the same keys (checked by the compiler and by
 * tests/unit/renderer/i18n.test.ts). Keys start with the feature's name.
 */
export function featureMessages<const S extends Record<string, string>>(sv: S, en: { [K in keyof S]: string }): { sv: S; en: { [K in keyof S]: string } } {
  return { sv, en };
}
