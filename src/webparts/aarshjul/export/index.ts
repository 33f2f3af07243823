export { exportWheelSvg, serializeWheelSvg } from './svgExport';
export type { ISvgExportOptions, IWheelExport } from './svgExport';
export type { IExportDecorations, IExportLegendEntry, IExportRing } from './exportDecorations';
export { svgToPng } from './pngExport';
