import * as React from 'react';
import {
  DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton
} from '@fluentui/react';
import { friendlyError } from '../errorMessages';
import type { ICommonStrings } from '../strings';

/** Props of {@link ConfirmDialog}. */
export interface IConfirmDialogProps {
  title: string;
  text: string;
  confirmText: string;
  strings: ICommonStrings;
  /** The confirmed action; when it rejects, the dialog stays open and says why. */
  onConfirm: () => Promise<void>;
  onDismiss: () => void;
  /** A second way out besides Cancel (e.g. »Vis den nye version« after a conflict). */
  secondary?: { text: string; onClick: () => void };
}

/** Asks before an irreversible action (deleting), runs it, and shows a friendly error if it fails. */
export function ConfirmDialog(props: IConfirmDialogProps): React.ReactElement {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const confirm = (): void => {
    setBusy(true);
    setError(undefined);
    // A successful action usually closes (unmounts) the dialog; only a failure is shown here.
    props.onConfirm().then(
      () => { if (mounted.current) setBusy(false); },
      (e: unknown) => { if (mounted.current) { setBusy(false); setError(e); } });
  };
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: props.title, subText: props.text, closeButtonAriaLabel: props.strings.Close }}
      modalProps={{ isBlocking: true }}>
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{friendlyError(error, props.strings).message}</MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton text={props.confirmText} onClick={confirm} disabled={busy} />
        {props.secondary && <DefaultButton text={props.secondary.text} onClick={props.secondary.onClick} disabled={busy} />}
        <DefaultButton text={props.strings.Cancel} onClick={props.onDismiss} disabled={busy} />
      </DialogFooter>
    </Dialog>
  );
}
