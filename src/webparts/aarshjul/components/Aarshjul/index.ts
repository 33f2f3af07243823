export { Aarshjul } from './Aarshjul';
export { AarshjulContent, NARROW_WIDTH } from './AarshjulContent';
export type { IAarshjulContentProps } from './AarshjulContent';
export { useWheelModel, WHEEL_SIZE } from './useWheelModel';
export { useExport } from './useExport';
