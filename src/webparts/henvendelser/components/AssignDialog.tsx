import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import type { IPersonRef } from '../../../domain/models';
import type { IPeopleService } from '../../../services';
import { PeopleField } from '../../../common/PeopleField';
import { format } from '../../../common/strings';

/** Props of {@link AssignDialog}. */
export interface IAssignDialogProps {
  /** How many inquiries are selected. */
  count: number;
  people: IPeopleService;
  strings: IHenvendelserWebPartStrings;
  /** Assigns the selection to the chosen colleague (a partial update of each); the dialog closes first. */
  onAssign: (person: IPersonRef) => void;
  onDismiss: () => void;
}

/**
 * »Tildel kollega«: a people choice (directory search; a colleague who is not a site user yet is added with
 * ensureUser by the field) for the selected inquiries. Loaded on demand with the people picker.
 */
export function AssignDialog(props: IAssignDialogProps): React.ReactElement {
  const { strings } = props;
  const [person, setPerson] = React.useState<IPersonRef>();
  const [missing, setMissing] = React.useState(false);
  const assign = (): void => {
    if (!person) {
      setMissing(true);
      return;
    }
    props.onAssign(person);
  };
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} modalProps={{ isBlocking: false }}
      dialogContentProps={{ type: DialogType.normal, title: strings.AssignToColleagueTitle, subText: format(strings.AssignToColleagueText, props.count), closeButtonAriaLabel: strings.Close }}>
      <PeopleField label={strings.FieldAssignee} value={person} people={props.people} strings={strings}
        errorMessage={missing && !person ? strings.AssignToColleagueMissing : undefined}
        onChange={p => { setPerson(p); setMissing(false); }} />
      <DialogFooter>
        <PrimaryButton text={strings.AssignToColleagueConfirm} onClick={assign} />
        <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
