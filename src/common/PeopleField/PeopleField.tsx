import * as React from 'react';
import { getId, Label, NormalPeoplePicker, Text, useTheme, type IBasePicker, type IPersonaProps, type IRefObject } from '@fluentui/react';
import type { IPersonRef } from '../../domain/models';
import type { IPeopleService } from '../../services';
import type { ICommonStrings } from '../strings';

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

interface IPersonaWithRef extends IPersonaProps { person: IPersonRef }

const toPersona = (p: IPersonRef): IPersonaWithRef =>
  ({ key: String(p.id), text: p.title, secondaryText: p.email, person: p });

/**
 * One person, chosen among the site's users with Fluent's NormalPeoplePicker (`people.search`). It stores what a
 * person column stores: `{ id, title, email }`.
 */
export function PeopleField(props: IPeopleFieldProps): React.ReactElement {
  const { strings, people, onChange } = props;
  const theme = useTheme();
  const [ids] = React.useState(() => ({ input: props.id ?? getId('people'), error: getId('people-error') }));
  const selected = React.useMemo(() => (props.value ? [toPersona(props.value)] : []), [props.value]);

  const resolve = React.useCallback(async (filter: string): Promise<IPersonaProps[]> => {
    const found = await people.search(filter, 10);
    return found.map(toPersona);
  }, [people]);

  return (
    <div>
      <Label htmlFor={ids.input}>{props.label}</Label>
      <NormalPeoplePicker
        componentRef={props.componentRef}
        itemLimit={1}
        selectedItems={selected}
        onResolveSuggestions={resolve}
        onChange={items => onChange(items && items.length > 0 ? (items[0] as IPersonaWithRef).person : undefined)}
        pickerSuggestionsProps={{
          suggestionsHeaderText: strings.PeopleSuggestions,
          noResultsFoundText: strings.PeopleNoResults,
          loadingText: strings.PeopleSearching
        }}
        removeButtonAriaLabel={strings.PeopleRemove}
        resolveDelay={250}
        inputProps={{
          id: ids.input,
          'aria-describedby': props.errorMessage ? ids.error : undefined,
          'aria-invalid': props.errorMessage ? true : undefined
        }}
      />
      {props.errorMessage && (
        <Text id={ids.error} role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {props.errorMessage}
        </Text>
      )}
    </div>
  );
}
