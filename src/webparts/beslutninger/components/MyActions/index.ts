export { MyActions } from './MyActions';
