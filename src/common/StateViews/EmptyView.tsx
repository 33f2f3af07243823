import * as React from 'react';
import { PrimaryButton, Text, useTheme } from '@fluentui/react';

/** Props of {@link EmptyView}. */
export interface IEmptyViewProps {
  title: string;
  /** What to do next, in a sentence. */
  message: string;
  /** The next step as a button, e.g. "Tilføj den første aktivitet" — only for users who may take it. */
  action?: { text: string; onClick: () => void };
}

/** The empty state: says there is nothing yet and what to do about it. */
export function EmptyView(props: IEmptyViewProps): React.ReactElement {
  const theme = useTheme();
  return (
    // A flex column, not Fluent's Stack (first-load code for what four CSS properties do).
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12, padding: '32px 16px',
      textAlign: 'center', border: `1px dashed ${theme.semanticColors.bodyDivider}` }}>
      <Text as="h2" variant="large" styles={{ root: { margin: 0 } }}>{props.title}</Text>
      <Text as="p" styles={{ root: { margin: 0, color: theme.semanticColors.bodySubtext } }}>{props.message}</Text>
      {props.action && <PrimaryButton text={props.action.text} onClick={props.action.onClick} />}
    </div>
  );
}
