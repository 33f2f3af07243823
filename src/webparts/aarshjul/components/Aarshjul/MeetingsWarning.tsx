import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { friendlyError } from '../../../../common/errorMessages';

/** Props of {@link MeetingsWarning}. */
export interface IMeetingsWarningProps {
  error: unknown;
  strings: IAarshjulWebPartStrings;
  isEditMode: boolean;
}

/**
 * Outlook meetings could not be fetched — most often because the Graph permissions are not approved yet. The wheel
 * still shows the activities; this bar says what is missing and why (the admin step for a 403).
 */
export function MeetingsWarning(props: IMeetingsWarningProps): React.ReactElement {
  const { strings } = props;
  const friendly = friendlyError(props.error, strings);
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
      <strong>{strings.MeetingsWarningTitle}</strong>{' '}
      {friendly.kind === 'forbidden' ? strings.MeetingsWarningForbidden : friendly.message}
      {props.isEditMode && friendly.detail && <><br /><code>{friendly.status ? `HTTP ${friendly.status}: ` : ''}{friendly.detail}</code></>}
    </MessageBar>
  );
}
