export { PeopleField } from './PeopleField';
export type { IPeopleFieldProps } from './PeopleField';
