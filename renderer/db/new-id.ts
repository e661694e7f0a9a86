/** The id of a new record: a random UUID (the browser's and Electron's `crypto.randomUUID`). The one place records get their ids. */
export const newId = (): string => crypto.randomUUID();
