import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IServices } from '../../../services';
import type { ISlaPolicy } from '../../../domain/inquiries';
import { format } from '../../../common/strings';
import { browserStorage, deltaLinkKey, MAIL_LOOKBACK_DAYS, pullError, pullSummary, readDeltaLink, saveDeltaLink, type IDeltaStorage } from '../model/mailPull';

/** Props of {@link MailPullButton}. */
export interface IMailPullButtonProps {
  services: Pick<IServices, 'mailbox'>;
  mailbox: string;
  webUrl: string;
  /** Whose delta link this is (the signed-in user's e-mail or login). */
  user: string;
  policies: readonly ISlaPolicy[];
  now: () => Date;
  strings: IHenvendelserWebPartStrings;
  /** The outcome, to show and announce; `created` tells whether the queue must reload. */
  onDone: (notice: { kind: 'success' | 'error'; text: string }, created: number) => void;
  onStart: (text: string) => void;
  /** Where the delta link is kept (the browser's local storage unless given). */
  storage?: IDeltaStorage;
}

/**
 * »Hent nye e-mails«: pulls the shared mailbox's new mail into inquiries (the Graph code loads on first use) and
 * remembers where the next pull starts.
 */
export function MailPullButton(props: IMailPullButtonProps): React.ReactElement {
  const { services, mailbox, strings } = props;
  const [busy, setBusy] = React.useState(false);
  const pull = async (): Promise<void> => {
    setBusy(true);
    props.onStart(format(strings.MailPulling, mailbox));
    const storage = props.storage ?? browserStorage();
    const key = deltaLinkKey(props.webUrl, mailbox, props.user);
    try {
      const now = props.now();
      const since = new Date(now.getTime() - MAIL_LOOKBACK_DAYS * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const result = await services.mailbox.pull(mailbox.trim(), readDeltaLink(storage, key), { since, now: now.toISOString(), policies: props.policies });
      saveDeltaLink(storage, key, result.deltaLink);
      props.onDone(pullSummary(result, mailbox, strings), result.created.length);
    } catch (error) {
      props.onDone({ kind: 'error', text: pullError(error, mailbox, strings) }, 0);
    } finally {
      setBusy(false);
    }
  };
  return <DefaultButton text={strings.MailPull} iconProps={{ iconName: 'Mail' }} disabled={busy}
    onClick={() => { pull().catch(() => undefined); }} />;
}
