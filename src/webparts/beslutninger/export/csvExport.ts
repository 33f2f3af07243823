import type { UiLanguage } from '../../../common/hosting';
import { downloadBlob } from '../../../common/download';
import type { IDecision } from '../../../domain/models';
import { decisionsToCsv, type DecisionCsvColumn } from '../../../domain/decisions';
import { forumName, kindLabel, statusLabel } from '../model/labels';

/**
 * Downloads the decisions shown as CSV for Excel (UTF-8 with BOM, semicolons: what a Danish Excel opens right), with
 * the columns people read in the register. Loaded on demand.
 */
export function exportDecisionsCsv(decisions: readonly IDecision[], year: number, strings: IBeslutningerWebPartStrings, language: UiLanguage): void {
  const columns: { column: DecisionCsvColumn; header: string }[] = [
    { column: 'meetingDate', header: strings.FieldMeetingDate }, { column: 'forum', header: strings.FieldForum },
    { column: 'title', header: strings.FieldTitle }, { column: 'kind', header: strings.FieldKind },
    { column: 'status', header: strings.FieldStatus }, { column: 'decisionText', header: strings.FieldDecisionText },
    { column: 'rationale', header: strings.FieldRationale }, { column: 'responsible', header: strings.FieldResponsible },
    { column: 'followUpDate', header: strings.FieldFollowUp }, { column: 'priority', header: strings.FieldPriority },
    { column: 'caseReference', header: strings.FieldCase }, { column: 'attendees', header: strings.DetailsAttendees },
    { column: 'meetingUrl', header: strings.OpenInOutlook }
  ];
  const csv = decisionsToCsv(decisions, columns, {
    bom: true,
    label: (column, value) => column === 'status' ? statusLabel(value, language) : column === 'kind' ? kindLabel(value, language)
      : column === 'forum' ? forumName(value, language) : value
  });
  downloadBlob(`beslutninger-${year}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
