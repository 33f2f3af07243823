import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { UiLanguage } from '../../../../common/hosting';
import { IsoDatePicker } from '../../../../common/IsoDatePicker';
import { friendlyError } from '../../../../common/errorMessages';
import { useAsync } from '../../../../common/useAsync';
import type { IServices } from '../../../../services';
import { FORUMS, type Forum, type IDecision, type ITask, type IsoDate } from '../../../../domain/models';
import { followUpForMeeting, type IMeetingGroup } from '../../../../domain/decisions';
import { copyHtml, printHtml } from '../../export/clipboard';
import { followUpHtml, protocolHtml } from '../../export/documents';
import { forumName } from '../../model/labels';
import { format } from '../../../../common/strings';

/** What the panel shows: one meeting's minutes, or the follow-up item for a forum's next meeting. */
export type DocumentRequest = { kind: 'protocol'; group: IMeetingGroup<IDecision> } | { kind: 'followUp' };

/** Props of {@link DocumentPanel}. */
export interface IDocumentPanelProps {
  request: DocumentRequest;
  /** The follow-up reads the forum's open decisions and their actions through `services.decisions.followUp`. */
  services: IServices;
  decisions: readonly IDecision[];
  actions: readonly ITask[];
  today: IsoDate;
  strings: IBeslutningerWebPartStrings;
  language: UiLanguage;
  announce: (text: string) => void;
  onDismiss: () => void;
}

const c = {
  doc: mergeStyles({ border: '1px solid', borderColor: 'rgba(128,128,128,0.5)', padding: 12, margin: '12px 0', overflowWrap: 'anywhere',
    background: '#ffffff', color: '#201f1e', selectors: { a: { color: '#005a9e' } } }),
  row: mergeStyles({ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' }),
  buttons: mergeStyles({ display: 'flex', gap: 8, flexWrap: 'wrap' })
};

function uniqueById<T extends { id: number }>(items: readonly T[]): T[] {
  const seen = new Set<number>();
  return items.filter(i => (seen.has(i.id) ? false : (seen.add(i.id), true)));
}

/** The next meeting of a forum to prepare: its earliest »Til behandling« meeting from today, else today. */
function nextMeetingOf(forum: Forum, decisions: readonly IDecision[], today: IsoDate): IsoDate {
  const planned = decisions.filter(d => d.forum === forum && d.status === 'Til behandling' && d.meetingDate >= today)
    .map(d => d.meetingDate).sort();
  return planned[0] ?? today;
}

/**
 * A printable, copyable document: the »Beslutningsprotokol« of one meeting, or »Opfølgning på beslutninger« for a
 * forum's next meeting (open decisions and actions since its last meeting). Loaded on demand.
 */
export function DocumentPanel(props: IDocumentPanelProps): React.ReactElement {
  const { strings, language, request } = props;
  const [forum, setForum] = React.useState<Forum>('Bestyrelse');
  const [next, setNext] = React.useState<IsoDate | undefined>(() => nextMeetingOf('Bestyrelse', props.decisions, props.today));
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string } | undefined>();
  const nextDay = next ?? props.today;
  const isFollowUp = request.kind === 'followUp';
  // The follow-up reads the forum's open decisions of every year (and their actions) when the panel opens and when the
  // forum or the meeting changes; the register's year adds what it has (done actions, decisions closed since).
  const loaded = useAsync(signal => (isFollowUp ? props.services.decisions.followUp(forum, nextDay, signal) : Promise.resolve(undefined)),
    [isFollowUp, forum, nextDay]);
  const fresh = loaded.status === 'success' ? loaded.value : undefined;
  const html = React.useMemo(() => {
    if (request.kind === 'protocol') return protocolHtml(request.group, strings, language);
    if (!fresh) return '';
    const decisions = uniqueById([...fresh.decisions, ...props.decisions]);
    const tasks = uniqueById([...fresh.actions, ...props.actions]);
    return followUpHtml(followUpForMeeting({ forum, nextMeetingDate: nextDay, decisions, tasks }), forum, nextDay, strings, language);
  }, [request, fresh, forum, nextDay, props.decisions, props.actions, strings, language]);
  const ready = html !== '';
  const title = request.kind === 'protocol' ? strings.ProtocolTitle : strings.FollowUpTitle;
  const copy = (): void => {
    copyHtml(html).then(
      () => { setNotice({ ok: true, text: strings.Copied }); props.announce(strings.Copied); },
      () => setNotice({ ok: false, text: strings.CopyFailed }));
  };
  return (
    <Panel isOpen type={PanelType.medium} headerText={title} closeButtonAriaLabel={strings.Close} onDismiss={props.onDismiss} isLightDismiss>
      {request.kind === 'followUp' && (
        <>
          <div className={c.row}>
            <Dropdown label={strings.FieldForum} options={FORUMS.map(f => ({ key: f, text: forumName(f, language) }))} selectedKey={forum}
              onChange={(_, o) => {
                if (!o) return;
                setForum(o.key as Forum);
                setNext(nextMeetingOf(o.key as Forum, props.decisions, props.today));
              }} />
            <IsoDatePicker label={strings.FollowUpNextMeeting} value={next} onChange={setNext} language={language} strings={strings} />
          </div>
          <p>{strings.FollowUpScope}</p>
          {loaded.status === 'loading' && <ProgressIndicator label={strings.FollowUpLoading} />}
          {loaded.status === 'error' && (
            <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton text={strings.Retry} onClick={loaded.reload} />}>
              {format(strings.FollowUpLoadFailed, friendlyError(loaded.error, strings).message)}
            </MessageBar>
          )}
        </>
      )}
      {notice && <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.warning}>{notice.text}</MessageBar>}
      <div className={c.buttons}>
        <PrimaryButton iconProps={{ iconName: 'Copy' }} text={strings.CopyHtml} onClick={copy} disabled={!ready} />
        <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.Print} onClick={() => printHtml(html, title)} disabled={!ready} />
      </div>
      {ready && <div className={c.doc} role="document" aria-label={title} dangerouslySetInnerHTML={{ __html: html }} />}
    </Panel>
  );
}
