import * as React from 'react';
import { getId, Label, NormalPeoplePicker, type IBasePicker, type IPersonaProps, type IRefObject } from '@fluentui/react';
import type { IPersonRef } from '../../domain/models';
import type { IPeopleService, IPersonCandidate } from '../../services';
import { format, type ICommonStrings } from '../strings';

/** Props of {@link PeopleField}. */
export interface IPeopleFieldProps {
  label: string;
  value: IPersonRef | undefined;
  onChange: (value: IPersonRef | undefined) => void;
  people: IPeopleService;
  strings: ICommonStrings;
  errorMessage?: string;
  /** The text box's id, so a form can focus the field (e.g. the first with an error). */
  id?: string;
  /** Lets a form move focus here, e.g. to the first field with an error. */
  componentRef?: IRefObject<IBasePicker<IPersonaProps>>;
}

/** A persona for the picker: the field's value (a site user) or a search result (maybe not a site user yet). */
interface IPersonaWith extends IPersonaProps { person?: IPersonRef; candidate?: IPersonCandidate }

/**
 * Fluent's initials colours are made for white initials; Fluent writes them in the theme's `white`, which a dark theme
 * (Teams dark) turns dark — too little contrast on the coloured circle. White in every theme.
 */
const INITIALS_TEXT = '#ffffff';
const fromRef = (p: IPersonRef): IPersonaWith =>
  ({ key: `user:${p.id}`, text: p.title, secondaryText: p.email, person: p, initialsTextColor: INITIALS_TEXT });
const fromCandidate = (c: IPersonCandidate): IPersonaWith =>
  ({ key: c.key, text: c.title, secondaryText: c.email ?? c.jobTitle, candidate: c, initialsTextColor: INITIALS_TEXT });

/**
 * One person, chosen with Fluent's NormalPeoplePicker among everyone in the organisation (`people.search`, SharePoint's
 * people picker search). A person column stores a site user id, so choosing someone first makes them a site user
 * (`people.ensure`) and only then hands `{ id, title, email }` to the form; if that fails the choice is undone and a
 * localised error says so.
 */
export function PeopleField(props: IPeopleFieldProps): React.ReactElement {
  const { strings, people, onChange } = props;
  const [ids] = React.useState(() => ({ input: props.id ?? getId('people') }));
  // The person being made a site user, shown as chosen while it happens; the name that could not be added.
  const [pending, setPending] = React.useState<IPersonCandidate>();
  const [failedName, setFailedName] = React.useState<string>();
  const attempt = React.useRef(0);
  React.useEffect(() => () => { attempt.current += 1; }, []);

  const selected = React.useMemo(
    () => (pending ? [fromCandidate(pending)] : props.value ? [fromRef(props.value)] : []), [pending, props.value]);

  const resolve = React.useCallback(async (filter: string): Promise<IPersonaProps[]> => {
    const found = await people.search(filter, 10);
    return found.map(fromCandidate);
  }, [people]);

  const choose = React.useCallback((items?: IPersonaProps[]): void => {
    const chosen = items && items.length > 0 ? items[0] as IPersonaWith : undefined;
    const mine = ++attempt.current;
    setFailedName(undefined);
    if (!chosen?.candidate) {
      setPending(undefined);
      if (!chosen) onChange(undefined);
      return;
    }
    const candidate = chosen.candidate;
    setPending(candidate);
    people.ensure(candidate.key).then(
      ref => { if (attempt.current === mine) { setPending(undefined); onChange(ref); } },
      () => { if (attempt.current === mine) { setPending(undefined); setFailedName(candidate.title); } });
  }, [people, onChange]);

  const error = failedName !== undefined ? format(strings.PeopleEnsureFailed, failedName) : props.errorMessage;
  return (
    <div>
      <Label htmlFor={ids.input}>{props.label}</Label>
      <NormalPeoplePicker
        componentRef={props.componentRef}
        itemLimit={1}
        selectedItems={selected}
        onResolveSuggestions={resolve}
        onChange={choose}
        pickerSuggestionsProps={{
          suggestionsHeaderText: strings.PeopleSuggestions,
          noResultsFoundText: strings.PeopleNoResults,
          loadingText: strings.PeopleSearching
        }}
        removeButtonAriaLabel={strings.PeopleRemove}
        resolveDelay={250}
        // The picker renders the error itself (role="alert") and points the input's aria-describedby at it.
        errorMessage={error}
        inputProps={{ id: ids.input, 'aria-invalid': error ? true : undefined }}
      />
    </div>
  );
}
