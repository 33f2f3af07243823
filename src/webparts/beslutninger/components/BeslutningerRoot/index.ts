export { BeslutningerRoot } from './BeslutningerRoot';
