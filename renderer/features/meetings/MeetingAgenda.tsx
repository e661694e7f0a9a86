import type { Meeting } from '#shared/domain/meeting.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { newId } from '../../db/new-id.ts';
import { saveNow } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { AddByName } from '../../ui/AddByName.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { meetingEdit, updateMeeting } from './meeting-repository.ts';

type Remove = (id: string, name: string) => void;

/** Dagordning: numbered items, each with its notes; items can be moved up and down. */
export function MeetingAgenda({ meeting, onRemove }: { meeting: Meeting; onRemove: Remove }) {
  const { t } = useI18n();
  const move = (index: number, by: -1 | 1) =>
    updateMeeting(meeting.id, (m) => {
      const items = [...m.agenda];
      const [item] = items.splice(index, 1);
      if (!item) return m;
      items.splice(Math.max(0, Math.min(items.length, index + by)), 0, item);
      return { ...m, agenda: items };
    });
  return (
    <section aria-labelledby="meeting-agenda" className="meeting-part">
      <h3 id="meeting-agenda" tabIndex={-1}>
        {t('meetings.part.agenda')}
      </h3>
      {meeting.agenda.length === 0 ? <p className="muted">{t('meetings.agenda.none')}</p> : null}
      <ol className="agenda-list">
        {meeting.agenda.map((item, index) => {
          const number = index + 1;
          return (
            <li key={item.id} className="agenda-item">
              <EditField label={t('meetings.agenda.titleOf', { number })} saveKey={`meeting:${meeting.id}:agenda:${item.id}:title`} value={item.title} onSave={(title) => meetingEdit.op(meeting.id, fieldEdits(['agenda', { id: item.id }], { title }))} />
              <EditField multiline rows={3} label={t('meetings.agenda.notesOf', { number })} saveKey={`meeting:${meeting.id}:agenda:${item.id}:notes`} value={item.notes} onSave={(notes) => meetingEdit.op(meeting.id, fieldEdits(['agenda', { id: item.id }], { notes }))} />
              <div className="item-buttons">
                <button type="button" disabled={index === 0} onClick={() => void move(index, -1)}>
                  {t('meetings.agenda.moveUp')}
                  <span className="visually-hidden"> {t('meetings.agenda.item', { number })}</span>
                </button>
                <button type="button" disabled={index === meeting.agenda.length - 1} onClick={() => void move(index, 1)}>
                  {t('meetings.agenda.moveDown')}
                  <span className="visually-hidden"> {t('meetings.agenda.item', { number })}</span>
                </button>
                <RemoveItemButton name={t('meetings.agenda.item', { number })} onRemove={() => onRemove(item.id, item.title || t('meetings.agenda.item', { number }))} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddByName label={t('meetings.agenda.new')} button={t('meetings.agenda.add')} onAdd={(title) => updateMeeting(meeting.id, (m) => ({ ...m, agenda: [...m.agenda, { id: newId(), title, notes: '' }] }))} />
    </section>
  );
}

/** Beslut: what was decided, each optionally under an agenda item. */
export function MeetingDecisions({ meeting, onRemove }: { meeting: Meeting; onRemove: Remove }) {
  const { t } = useI18n();
  const items = new Map(meeting.agenda.map((a, i) => [a.id, i + 1]));
  return (
    <section aria-labelledby="meeting-decisions" className="meeting-part">
      <h3 id="meeting-decisions" tabIndex={-1}>
        {t('meetings.part.decisions')}
      </h3>
      {meeting.decisions.length === 0 ? <p className="muted">{t('meetings.decisions.none')}</p> : null}
      <ol className="decision-list">
        {meeting.decisions.map((decision, index) => {
          const number = index + 1;
          const under = decision.agendaItemId !== null && items.has(decision.agendaItemId) ? decision.agendaItemId : '';
          return (
            <li key={decision.id} className="decision-item">
              <EditField multiline rows={2} label={t('meetings.decisions.textOf', { number })} saveKey={`meeting:${meeting.id}:decision:${decision.id}:text`} value={decision.text} onSave={(text) => meetingEdit.op(meeting.id, fieldEdits(['decisions', { id: decision.id }], { text }))} />
              <div className="item-buttons">
                <FormField label={t('meetings.decisions.agendaItemOf', { number })}>
                  <select value={under} onChange={(e) => void saveNow(meetingEdit.op(meeting.id, fieldEdits(['decisions', { id: decision.id }], { agendaItemId: e.target.value === '' ? null : e.target.value })))}>
                    <option value="">{t('meetings.decisions.noAgendaItem')}</option>
                    {meeting.agenda.map((a, i) => (
                      <option key={a.id} value={a.id}>
                        {i + 1}. {a.title}
                      </option>
                    ))}
                  </select>
                </FormField>
                <RemoveItemButton name={t('meetings.decisions.textOf', { number })} onRemove={() => onRemove(decision.id, excerpt(decision.text) || t('meetings.decisions.textOf', { number }))} />
              </div>
            </li>
          );
        })}
      </ol>
      <AddByName label={t('meetings.decisions.new')} button={t('meetings.decisions.add')} onAdd={(text) => updateMeeting(meeting.id, (m) => ({ ...m, decisions: [...m.decisions, { id: newId(), text, agendaItemId: null }] }))} />
    </section>
  );
}

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
