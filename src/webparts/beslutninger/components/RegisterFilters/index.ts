export { RegisterFilters } from './RegisterFilters';
