import { Fragment } from 'react';
import { guidanceRuns } from '#shared/templates/guidance-text.ts';

/**
 * A template's guidance as the secretariat wrote it: `*emphasis*` in
 * italics (shared/templates/guidance-text.ts), the marks themselves never
 * shown. Paragraph breaks stay as line breaks in the text, for the help's
 * `white-space: pre-line` to show.
 */
export function GuidanceText({ text }: { text: string }) {
  return (
    <>
      {guidanceRuns(text).map((run, i) => (run.italic ? <em key={i}>{run.text}</em> : <Fragment key={i}>{run.text}</Fragment>))}
    </>
  );
}
