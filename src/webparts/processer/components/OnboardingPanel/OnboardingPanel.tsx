import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import type { UiLanguage } from '../../../../common/hosting';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { PeopleField } from '../../../../common/PeopleField';
import { ErrorView, LoadingView } from '../../../../common/StateViews';
import { friendlyError } from '../../../../common/errorMessages';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import { useAsync } from '../../../../common/useAsync';
import type { IPersonRef, IProcess, IsoDate } from '../../../../domain/models';
import { onboardingChecklist, onboardingProgress } from '../../../../domain/processes';
import type { IServices } from '../../../../services';

/** Props of {@link OnboardingPanel}. */
export interface IOnboardingPanelProps {
  services: IServices;
  strings: IProcesserWebPartStrings;
  language: UiLanguage;
  today: IsoDate;
  processes: readonly IProcess[];
  /** The week of a process that names none (the web part's setting). */
  defaultWeek: number;
  onClose(): void;
}

/**
 * Onboarding: pick a new colleague and a start date → the checklist of the processes marked for onboarding, with due
 * dates in Danish working days, written as tasks in Opgaver assigned to that person (once per person and process);
 * and the progress per person.
 */
export function OnboardingPanel(props: IOnboardingPanelProps): React.ReactElement {
  const { services, strings, language } = props;
  const [person, setPerson] = React.useState<IPersonRef>();
  const [start, setStart] = React.useState<IsoDate | undefined>(props.today);
  const [saving, setSaving] = React.useState(false);
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const tasks = useAsync(signal => services.processData.loadOnboardingTasks(signal), [services]);
  const options = { defaultWeek: props.defaultWeek };
  const checklist = person && start ? onboardingChecklist(person.id, start, props.processes, options) : [];
  const existing = new Set((tasks.value ?? []).map(t => t.key));
  const missing = checklist.filter(i => !existing.has(i.key));

  const create = async (): Promise<void> => {
    if (!person || !start) {
      setMessage({ error: true, text: strings.OnboardingNeedsPersonAndDate });
      return;
    }
    setSaving(true);
    setMessage(undefined);
    try {
      const existing = (tasks.value ?? []).map(t => t.key ?? '');
      const created = await services.processActions.onboard(person, start, props.processes, options, existing);
      setMessage({ error: false, text: format(strings.OnboardingCreated, created.length, person.title) });
      tasks.reload();
    } catch (error) {
      setMessage({ error: true, text: friendlyError(error, strings).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel isOpen={true} type={PanelType.medium} onDismiss={props.onClose} headerText={strings.Onboarding} closeButtonAriaLabel={strings.Close}>
      <p>{strings.OnboardingIntro}</p>
      <PeopleField label={strings.OnboardingPerson} value={person} onChange={setPerson} people={services.people} strings={strings} />
      <IsoDatePicker label={strings.OnboardingStart} value={start} onChange={setStart} language={language} strings={strings} isRequired={true} />
      {checklist.length > 0 && (
        <>
          <h3>{format(strings.OnboardingChecklist, checklist.length)}</h3>
          <ol data-testid="onboarding-checklist">
            {checklist.map(i => (
              <li key={i.key}>{i.title} – {format(strings.OnboardingWeekDue, i.week, formatDay(i.dueDate, language))}
                {existing.has(i.key) ? ` (${strings.OnboardingAlreadyCreated})` : ''}</li>
            ))}
          </ol>
        </>
      )}
      {person && start && checklist.length === 0 && <p>{strings.OnboardingNone}</p>}
      {message && <MessageBar messageBarType={message.error ? MessageBarType.error : MessageBarType.success} isMultiline={true}>{message.text}</MessageBar>}
      <div style={{ display: 'flex', gap: 8, margin: '12px 0' }}>
        <PrimaryButton text={strings.OnboardingCreate} onClick={() => { create().catch(() => undefined); }} disabled={saving || missing.length === 0 || !tasks.value} />
        <DefaultButton text={strings.Close} onClick={props.onClose} />
      </div>
      <h3>{strings.OnboardingProgress}</h3>
      {tasks.status === 'error' ? <ErrorView error={tasks.error} strings={strings} isEditMode={false} onRetry={tasks.reload} />
        : !tasks.value ? <LoadingView label={strings.Loading} /> : (
          <ul data-testid="onboarding-progress">
            {onboardingProgress(tasks.value, props.today).map(p => (
              <li key={p.person.id}>
                {format(strings.OnboardingPersonProgress, p.person.title, p.done, p.total)}
                {p.overdue > 0 ? ` ${format(strings.OnboardingOverdue, p.overdue)}` : ''}
                {p.nextDue ? ` ${format(strings.OnboardingNextDue, formatDay(p.nextDue, language))}` : ''}
              </li>
            ))}
            {onboardingProgress(tasks.value, props.today).length === 0 && <li>{strings.OnboardingNobody}</li>}
          </ul>
        )}
    </Panel>
  );
}
