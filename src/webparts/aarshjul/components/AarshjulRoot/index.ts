export { AarshjulRoot } from './AarshjulRoot';
