import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { friendlyError } from '../../../../common/errorMessages';
import { format } from '../../../../common/strings';
import { useAsync } from '../../../../common/useAsync';
import type { ILookupRef } from '../../../../domain/models';
import type { IServices } from '../../../../services';

/** Props of {@link ProcessField}. */
export interface IProcessFieldProps {
  value?: ILookupRef;
  onChange: (process: ILookupRef | undefined) => void;
  services: IServices;
  strings: IBeslutningerWebPartStrings;
}

const NONE = 'none';

/**
 * »Tilknyttet proces«: a lookup to Processer, chosen from the documented processes by title (read when the form
 * opens — a catalogue of dozens, titles only). Phased-out processes are left out unless the decision already points
 * to one. When the catalogue cannot be read the field says so and keeps the current value.
 */
export function ProcessField(props: IProcessFieldProps): React.ReactElement {
  const { strings, value } = props;
  const catalogue = useAsync(signal => props.services.repositories.processes.query({ fields: ['title', 'status'], pageSize: 5000 }, signal),
    [props.services]);
  const options = React.useMemo((): IDropdownOption[] => {
    const processes = (catalogue.value ?? [])
      .filter(p => p.status !== 'Udfaset' || p.id === value?.id)
      .map(p => ({ key: String(p.id), text: p.title }))
      .sort((a, b) => a.text.localeCompare(b.text, 'da'));
    if (value && !processes.some(o => o.key === String(value.id))) processes.unshift({ key: String(value.id), text: value.title });
    return [{ key: NONE, text: strings.ProcessNone }, ...processes];
  }, [catalogue.value, value, strings]);
  return (
    <Dropdown label={strings.FieldProcess} options={options} selectedKey={value ? String(value.id) : NONE}
      disabled={catalogue.status === 'loading' && !catalogue.value}
      placeholder={catalogue.status === 'loading' ? strings.Loading : undefined}
      errorMessage={catalogue.status === 'error' ? format(strings.ProcessesUnavailable, friendlyError(catalogue.error, strings).message) : undefined}
      onChange={(_, o) => {
        if (!o) return;
        props.onChange(o.key === NONE ? undefined : { id: Number(o.key), title: o.text });
      }} />
  );
}
