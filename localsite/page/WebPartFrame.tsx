import * as React from 'react';
import { DefaultButton, IconButton, MessageBar, MessageBarType, mergeStyleSets, type ITheme } from '@fluentui/react';
import type { IPageStrings } from './strings';

/** Props of the frame around one web part, like SharePoint's canvas control. */
export interface IWebPartFrameProps {
  /** The web part's localised title (names the edit button). */
  title: string;
  isEditMode: boolean;
  strings: IPageStrings;
  theme: ITheme;
  onEditProperties(): void;
  children: React.ReactNode;
}

interface IBoundaryProps { strings: IPageStrings; isEditMode: boolean; children: React.ReactNode }
interface IBoundaryState { error?: Error }

/**
 * Catches a web part's render error so one broken web part does not blank the page, as SharePoint does. React still
 * logs the error to the console, where the browser tests see it.
 */
class WebPartErrorBoundary extends React.Component<IBoundaryProps, IBoundaryState> {
  public state: IBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        {this.props.strings.webPartFailed}
        {this.props.isEditMode && <pre style={{ whiteSpace: 'pre-wrap' }}>{error.stack ?? error.message}</pre>}
        <DefaultButton text={this.props.strings.retry} onClick={() => this.setState({ error: undefined })} />
      </MessageBar>
    );
  }
}

/**
 * One web part on the canvas; in edit mode outlined, with an edit-properties button. Not a landmark itself (as in
 * SharePoint): the web part names its own region, and a second one of the same name would only add noise.
 */
export function WebPartFrame(props: IWebPartFrameProps): React.ReactElement {
  const { theme, isEditMode } = props;
  const css = mergeStyleSets({
    frame: {
      position: 'relative', padding: isEditMode ? '40px 12px 12px' : 0, marginBottom: 24, borderRadius: 4,
      outline: isEditMode ? `1px dashed ${theme.palette.neutralTertiary}` : undefined,
      selectors: { ':focus-within': isEditMode ? { outline: `2px solid ${theme.palette.themePrimary}` } : {} }
    },
    toolbar: {
      position: 'absolute', top: 4, left: 4, display: 'flex', background: theme.palette.white,
      border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 4, boxShadow: theme.effects.elevation4
    }
  });
  return (
    <div className={css.frame} data-webpart={props.title}>
      {isEditMode && (
        <div className={css.toolbar}>
          <IconButton
            iconProps={{ iconName: 'Edit' }} ariaLabel={props.strings.editWebPart(props.title)}
            title={props.strings.editWebPart(props.title)} onClick={props.onEditProperties}
          />
        </div>
      )}
      <WebPartErrorBoundary strings={props.strings} isEditMode={isEditMode}>{props.children}</WebPartErrorBoundary>
    </div>
  );
}
