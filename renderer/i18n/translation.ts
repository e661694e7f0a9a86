/**
 * A feature's messages in a language other than Swedish: Swedish
 * (`messages.sv.ts`) is the source of truth for keys, and every other
 * language must have exactly the same keys (checked by the compiler and by
 * tests/unit/renderer/i18n.test.ts). Keys start with the feature's name.
 */
export type Translation<Swedish> = { [K in keyof Swedish]: string };
