export { serializeWheelSvg } from './svgExport';
export type { ISvgExportOptions } from './svgExport';
export { svgToPng } from './pngExport';
