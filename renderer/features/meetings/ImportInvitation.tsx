import { useId, useState } from 'react';
import { platform } from '#host';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { MeetingDraft, MeetingImportNote } from '#shared/meetings/meeting-import.ts';
import type { ImportMatch } from '#shared/meetings/meeting-calendar-update.ts';
import { newId } from '../../db/new-id.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { listContacts } from '../contacts/contact-repository.ts';
import { importMeetings, listMeetings } from './meeting-repository.ts';
import { MeetingWhenText } from './MeetingWhenText.tsx';
import { errorText } from '../../ui/error-text.ts';
import { Notices } from '../../ui/Notices.tsx';
import { RefusedFiles } from '../../ui/RefusedFiles.tsx';

interface PreviewItem {
  key: string;
  fileName: string;
  draft: MeetingDraft;
  match: ImportMatch;
  matchedContacts: number;
}

interface Preview {
  items: PreviewItem[];
  refused: { fileName: string; problems: string[] }[];
}

/** Whether an item is stored by the import: a new meeting or a newer invitation of one here, not cancelled. */
const isImported = (item: PreviewItem): boolean => !item.draft.cancelled && (item.match === 'new' || ('update' in (item.match as object) && (item.match as { newer: boolean }).newer));

/** Läs in en kalenderinbjudan: pick `.ics` files, see what they bring, and store it in one go. */
export function ImportInvitation() {
  const { t, language } = useI18n();
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');

  async function choose() {
    setStatus('');
    setAlert('');
    try {
      const picked = await platform.openFiles({ accept: [{ name: t('meetings.ics.fileType'), extensions: ['ics'] }] });
      if (picked.status !== 'opened') {
        setStatus(t('meetings.import.cancelled'));
        return;
      }
      // ical.js is loaded only when a calendar file is read.
      const [{ readIcs }, { meetingDraftsFromIcs, latestByUid }, { matchImportToExisting }, { meetingCalendarWords }] = await Promise.all([
        import('#shared/calendar/ics-import.ts'),
        import('#shared/meetings/meeting-import.ts'),
        import('#shared/meetings/meeting-calendar-update.ts'),
        import('#shared/meetings/calendar-words.ts'),
      ]);
      const [contacts, existing] = await Promise.all([listContacts(), listMeetings()]);
      const now = new Date();
      const words = meetingCalendarWords(language);
      const result: Preview = { items: [], refused: [] };
      const read: { fileName: string; draft: MeetingDraft }[] = [];
      for (const file of picked.files) {
        const events = readIcs(file.bytes, { fileName: file.name });
        if (!events.ok) {
          result.refused.push({ fileName: file.name, problems: events.problems });
          continue;
        }
        for (const draft of meetingDraftsFromIcs(events, contacts, { newId, now, words })) read.push({ fileName: file.name, draft });
      }
      // The same invitation twice among the picked files is one meeting.
      for (const { fileName, draft } of latestByUid(read)) {
        const match = matchImportToExisting(draft.meeting, existing);
        result.items.push({ key: draft.meeting.id, fileName, draft, match, matchedContacts: draft.meeting.participants.filter((p) => p.contactId !== null).length });
      }
      setPreview(result);
    } catch (error) {
      console.error('Kalenderfilen gick inte att läsa', error);
      setAlert(t('meetings.import.failed', { message: errorText(error) }));
    }
  }

  async function confirm(items: readonly PreviewItem[]) {
    try {
      const { applyCalendarUpdate } = await import('#shared/meetings/meeting-calendar-update.ts');
      const chosen = items.filter(isImported);
      const added = chosen.filter((i) => i.match === 'new').map((i) => i.draft.meeting);
      const updates = chosen.flatMap((i) => (typeof i.match === 'object' && 'update' in i.match ? [{ meetingId: i.match.update, apply: (current: Meeting) => applyCalendarUpdate(current, i.draft.meeting) }] : []));
      const done = await importMeetings(added, updates);
      setPreview(null);
      setStatus(t('meetings.import.done', done));
    } catch (error) {
      console.error('Mötena gick inte att spara', error);
      setAlert(t('meetings.import.failed', { message: errorText(error) }));
    }
  }

  const importable = preview?.items.filter(isImported) ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="import-invitation">
      <h2 id={`${id}-heading`}>{t('meetings.import.heading')}</h2>
      <p className="help">{t('meetings.import.intro')}</p>
      <button type="button" onClick={() => void choose()}>
        {t('meetings.import.choose')}
      </button>
      {preview ? (
        <div className="import-preview">
          <RefusedFiles refused={preview.refused} />
          {preview.items.length > 0 ? (
            <>
              <h3>{t('meetings.import.previewHeading')}</h3>
              <ul className="import-list">
                {preview.items.map((item) => (
                  <li key={item.key}>
                    <strong>{item.draft.meeting.title}</strong>, <MeetingWhenText meeting={item.draft.meeting} part="date" /> <MeetingWhenText meeting={item.draft.meeting} part="time" />
                    <br />
                    {item.draft.cancelled ? t('meetings.import.cancelledEvent') : matchText(t, item.match)}
                    {' · '}
                    {t('meetings.import.participants', { count: item.draft.meeting.participants.length, matched: item.matchedContacts })}
                    {item.draft.recurring ? <> · {t('meetings.import.recurring')}</> : null}
                    {item.draft.notes.map((note, i) => (
                      <span key={i}> · {noteText(t, note)}</span>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="item-buttons">
            {importable.length > 0 ? (
              <button type="button" className="primary" onClick={() => void confirm(preview.items)}>
                {importable.length === 1 ? t('meetings.import.confirmOne') : t('meetings.import.confirm', { count: importable.length })}
              </button>
            ) : (
              <p>{t('meetings.import.nothing')}</p>
            )}
            <button type="button" onClick={() => (setPreview(null), setStatus(t('meetings.import.cancelled')))}>
              {t('meetings.import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <Notices status={status} alert={alert} />
    </section>
  );
}

function matchText(t: Translate, match: ImportMatch): string {
  if (match === 'new') return t('meetings.import.new');
  if ('same' in match) return t('meetings.import.same');
  return match.newer ? t('meetings.import.update') : t('meetings.import.older');
}

function noteText(t: Translate, note: MeetingImportNote): string {
  switch (note.kind) {
    case 'participantsCapped':
      return t('meetings.import.note.participantsCapped', { left: note.left });
    case 'linkNotWeb':
      return t('meetings.import.note.linkNotWeb', { url: note.url });
    default:
      return t(`meetings.import.note.${note.kind}`);
  }
}
