import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ComboBox } from '@fluentui/react/lib/ComboBox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField, type ITextField } from '@fluentui/react/lib/TextField';
import { CHANNELS, INQUIRY_CATEGORIES, PRIORITIES, type Channel, type IInquiry, type InquiryCategory, type Priority } from '../../../domain/models';
import type { ISlaPolicy } from '../../../domain/inquiries';
import { validateInquiry, ValidationError } from '../../../domain/validation';
import { utcToCopenhagenDate } from '../../../domain/timeZone';
import type { UiLanguage } from '../../../common/hosting';
import { friendlyError } from '../../../common/errorMessages';
import type { IIntake, IServices } from '../../../services';
import { categoryLabel, channelLabel, priorityText } from '../model/labels';
import { MEMBER_ORGANISATIONS } from '../model/organisations';
import { inquiryMessages } from '../model/validationText';

/** Props of {@link IntakePanel}. */
export interface IIntakePanelProps {
  services: IServices;
  strings: IHenvendelserWebPartStrings;
  language: UiLanguage;
  policies: readonly ISlaPolicy[];
  now: () => Date;
  onSubmitted: (inquiry: IInquiry) => void;
  onDismiss: () => void;
}

/** A key for one intake: made once per opened form, so retrying after a lost answer never registers it twice. */
function newIntakeKey(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `henvendelse:${random}`;
}

const EMPTY: IIntake = { title: '', channel: 'Telefon', priority: 'SHOULD' };

/**
 * »Ny henvendelse«: subject, description, requester, organisation (member municipalities as suggestions), channel,
 * category and priority. Checked with the list's rules before it is sent; on failure everything typed stays and a
 * retry reuses the same idempotency key.
 */
export function IntakePanel(props: IIntakePanelProps): React.ReactElement {
  const { strings, language } = props;
  const [draft, setDraft] = React.useState<IIntake>(EMPTY);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<unknown>();
  const [key] = React.useState(newIntakeKey);
  const subjectRef = React.useRef<ITextField>(null);
  const set = <K extends keyof IIntake>(name: K, value: IIntake[K]): void => setDraft(d => ({ ...d, [name]: value }));

  const submit = async (): Promise<void> => {
    const now = props.now().toISOString();
    const found = inquiryMessages(validateInquiry({
      ...draft, title: draft.title.trim(), requesterEmail: draft.requesterEmail?.trim(), status: 'Ny', receivedDate: utcToCopenhagenDate(now)
    }), strings);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      (document.getElementById(`intake-${Object.keys(found)[0]}`) as HTMLElement | null)?.focus();
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    let created: IInquiry;
    try {
      created = await props.services.inquiryActions.submit(draft, { key, now, policies: props.policies });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(inquiryMessages(error.errors, strings));
      setSaveError(error);
      setSaving(false);
      return;
    }
    // The host closes the panel: no state is set after this.
    props.onSubmitted(created);
  };

  const friendly = saveError === undefined ? undefined : friendlyError(saveError, strings);
  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={strings.IntakeTitle} closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss} isFooterAtBottom={true} onOpened={() => subjectRef.current?.focus()}
      onRenderFooterContent={() => (
        <div style={{ display: 'flex', gap: 8 }}>
          <PrimaryButton text={saving ? strings.Saving : strings.IntakeSubmit} disabled={saving} onClick={() => submit().catch(() => undefined)} />
          <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
        </div>
      )}>
      <form noValidate onSubmit={e => { e.preventDefault(); submit().catch(() => undefined); }} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {friendly && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {friendly.kind === 'uncertain' ? friendly.message : `${strings.SaveFailed} ${friendly.message}`}
          </MessageBar>
        )}
        <TextField id="intake-title" componentRef={subjectRef}
          label={strings.FieldSubject} required value={draft.title} maxLength={255}
          onChange={(_, v) => set('title', v ?? '')} errorMessage={errors.title} />
        <TextField id="intake-description" label={strings.FieldDescription} multiline rows={4} value={draft.description ?? ''}
          onChange={(_, v) => set('description', v)} errorMessage={errors.description} />
        <TextField id="intake-requesterName" label={strings.FieldRequesterName} value={draft.requesterName ?? ''} maxLength={255}
          onChange={(_, v) => set('requesterName', v)} errorMessage={errors.requesterName} />
        <TextField id="intake-requesterEmail" label={strings.FieldRequesterEmail} type="email" value={draft.requesterEmail ?? ''} maxLength={255}
          onChange={(_, v) => set('requesterEmail', v)} errorMessage={errors.requesterEmail} />
        <ComboBox id="intake-organisation" label={strings.FieldOrganisation} allowFreeform={true} autoComplete="on" text={draft.organisation ?? ''}
          options={MEMBER_ORGANISATIONS.map(o => ({ key: o, text: o }))} errorMessage={errors.organisation}
          onChange={(_, option, __, value) => set('organisation', option ? String(option.text) : value)} />
        <Dropdown id="intake-channel" label={strings.FieldChannel} required selectedKey={draft.channel}
          options={CHANNELS.map(c => ({ key: c, text: channelLabel(c, strings) }))} errorMessage={errors.channel}
          onChange={(_, o) => o && set('channel', o.key as Channel)} />
        <Dropdown id="intake-category" label={strings.FieldCategory} selectedKey={draft.category ?? ''}
          options={[{ key: '', text: strings.NoCategory }, ...INQUIRY_CATEGORIES.map(c => ({ key: c, text: categoryLabel(c, strings) }))]}
          errorMessage={errors.category} onChange={(_, o) => set('category', (o?.key || undefined) as InquiryCategory | undefined)} />
        <Dropdown id="intake-priority" label={strings.FieldPriority} required selectedKey={draft.priority}
          options={PRIORITIES.map(p => ({ key: p, text: priorityText(p, language) }))} errorMessage={errors.priority}
          onChange={(_, o) => o && set('priority', o.key as Priority)} />
      </form>
    </Panel>
  );
}
