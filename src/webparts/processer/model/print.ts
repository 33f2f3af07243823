import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import { sanitizeHtml } from '../../../common/sanitizeHtml';
import type { IProcess, IProcessStep } from '../../../domain/models';
import { priorityLabel } from '../../../domain/moscow';
import { areaOrder } from '../../../domain/processes';
import { areaLabel, statusLabel } from './labels';

const escape = (s: string | undefined): string =>
  (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = 'body{font-family:"Segoe UI",Arial,sans-serif;color:#000;background:#fff;margin:24px;line-height:1.4}' +
  'h1{font-size:22px}h2{font-size:18px;margin-top:24px;border-bottom:1px solid #000;page-break-after:avoid}' +
  'h3{font-size:15px}section.process{page-break-before:always}section.process:first-of-type{page-break-before:auto}' +
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{font-weight:600}dd{margin:0}' +
  'ol li{margin-bottom:6px}nav ol{columns:2}@media print{a{color:#000}}';

/** One process as printable HTML: its facts, sanitised description and ordered steps. */
export function processHtml(process: IProcess, steps: readonly IProcessStep[] | undefined, strings: IProcesserOwnStrings, language: UiLanguage, anchor?: string): string {
  const row = (label: string, value: string | undefined): string => (value ? `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>` : '');
  const stepList = steps && steps.length > 0
    ? `<h3>${escape(format(strings.StepsHeading, steps.length))}</h3><ol>${steps.map(s => `<li><strong>${escape(s.title)}</strong>` +
      `${s.responsibleRole ? `<br>${escape(strings.LabelRole)}: ${escape(s.responsibleRole)}` : ''}` +
      `${s.deliverable ? `<br>${escape(strings.LabelDeliverable)}: ${escape(s.deliverable)}` : ''}` +
      `${s.description ? `<br>${escape(s.description)}` : ''}</li>`).join('')}</ol>`
    : '';
  return `<section class="process"${anchor ? ` id="${anchor}"` : ''}><h2>${escape(process.title)}</h2><dl>` +
    row(strings.LabelStatus, statusLabel(process.status, strings)) + row(strings.FieldArea, areaLabel(process.area, strings)) +
    row(strings.LabelOwner, process.owner?.title) + row(strings.LabelDeputy, process.deputyOwner?.title) +
    row(strings.LabelVersion, process.version) + row(strings.LabelPriority, priorityLabel(process.priority, language)) +
    row(strings.LabelLastReviewed, process.lastReviewed && formatDay(process.lastReviewed, language)) +
    row(strings.LabelNextReview, process.nextReview && formatDay(process.nextReview, language)) +
    row(strings.LabelApprovedBy, process.approvedBy && `${process.approvedBy.title}${process.approvedDate ? `, ${formatDay(process.approvedDate, language)}` : ''}`) +
    row(strings.LabelPurpose, process.purpose) + row(strings.LabelTrigger, process.trigger) + row(strings.LabelOutcome, process.outcome) +
    `</dl>${process.description ? `<h3>${escape(strings.LabelDescription)}</h3>${sanitizeHtml(process.description)}` : ''}${stepList}</section>`;
}

/** The whole catalogue as a process handbook: a table of contents by area, then one process per page. */
export function handbookHtml(processes: readonly IProcess[], stepsOf: (id: number) => IProcessStep[], strings: IProcesserOwnStrings, language: UiLanguage, today: string): string {
  const areas = areaOrder(processes.map(p => p.area));
  const ordered = areas.flatMap(a => processes.filter(p => p.area === a).sort((x, y) => x.title.localeCompare(y.title, 'da')));
  const toc = areas.map(a => `<li>${escape(areaLabel(a, strings))}<ol>${ordered.filter(p => p.area === a)
    .map(p => `<li><a href="#p${p.id}">${escape(p.title)}</a></li>`).join('')}</ol></li>`).join('');
  return `<h1>${escape(strings.HandbookTitle)}</h1><p>${escape(format(strings.HandbookPrinted, formatDay(today, language), ordered.length))}</p>` +
    `<nav aria-label="${escape(strings.HandbookContents)}"><h2>${escape(strings.HandbookContents)}</h2><ol>${toc}</ol></nav>` +
    ordered.map(p => processHtml(p, stepsOf(p.id), strings, language, `p${p.id}`)).join('');
}

/** Opens the HTML as its own clean page and the browser's print dialog (the page is printable without the site's chrome). */
export function printHtml(title: string, body: string, language: UiLanguage): Window | undefined {
  const win = window.open('', '_blank');
  if (!win) return undefined;
  win.document.open();
  win.document.write(`<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
    `<style>${STYLE}</style></head><body>${body}</body></html>`);
  win.document.close();
  win.focus();
  win.print();
  return win;
}

/** Prints one process (from the process page's data); false when the browser blocked the print page (a pop-up). */
export function printProcess(data: { process: IProcess; steps: IProcessStep[] }, strings: IProcesserOwnStrings, language: UiLanguage): boolean {
  return printHtml(data.process.title, processHtml(data.process, data.steps, strings, language), language) !== undefined;
}
