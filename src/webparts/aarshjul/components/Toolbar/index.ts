export { Toolbar, zoomLabel } from './Toolbar';
export type { ExportKind, IToolbarProps } from './Toolbar';
