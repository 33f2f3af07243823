export { Agenda } from './Agenda';
export type { IAgendaProps } from './Agenda';
