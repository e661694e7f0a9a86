/** An error's own message for the "något gick fel: …" texts; anything thrown that is no Error as text. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
