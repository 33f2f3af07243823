export { Beslutninger } from './Beslutninger';
