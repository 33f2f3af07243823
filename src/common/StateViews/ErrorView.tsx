import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { ICommonStrings } from '../strings';
import { friendlyError } from '../errorMessages';

/** Props of {@link ErrorView}. */
export interface IErrorViewProps {
  error: unknown;
  strings: ICommonStrings;
  /** In edit mode the technical details are shown too: the page author is the one who can act on them. */
  isEditMode: boolean;
  /** Offered as "Prøv igen". */
  onRetry?: () => void;
  /** A heading other than the generic "Noget gik galt". */
  title?: string;
}

/**
 * The error state: a friendly sentence for the kind of error (forbidden, not found, throttled, offline …), the
 * server's own text only in edit mode, and a retry button.
 */
export function ErrorView(props: IErrorViewProps): React.ReactElement {
  const { strings } = props;
  const friendly = friendlyError(props.error, strings);
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline={true}
      actions={props.onRetry ? <DefaultButton text={strings.Retry} onClick={props.onRetry} /> : undefined}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Text as="h2" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>{props.title ?? strings.ErrorTitle}</Text>
        <span>{friendly.message}</span>
        {props.isEditMode && (
          <details>
            <summary>{strings.ErrorDetails}</summary>
            <code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {friendly.status !== undefined ? `HTTP ${friendly.status}: ` : ''}{friendly.detail}
            </code>
          </details>
        )}
      </div>
    </MessageBar>
  );
}
