export { MeetingList } from './MeetingList';
