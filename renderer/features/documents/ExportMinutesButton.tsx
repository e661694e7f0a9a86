import { ExportDocumentButton } from './ExportDocumentButton.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** *Minnesanteckningar (Word)* for one meeting; the app composes it into the meeting editor. */
export function ExportMinutesButton({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  return <ExportDocumentButton kind="minnesanteckningar" choice={{ meetingId }} label={t('documents.minnesanteckningar.export')} primary={false} />;
}
