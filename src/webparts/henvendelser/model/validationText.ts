import type { IValidationIssue } from '../../../domain/validationError';
import { validationMessage } from '../../../common/validationMessages';

type Strings = IHenvendelserWebPartStrings;

/** The intake and handling forms' field labels, by model property. */
export function inquiryFieldLabel(field: string, strings: Strings): string {
  switch (field) {
    case 'title': return strings.FieldSubject;
    case 'description': return strings.FieldDescription;
    case 'requesterName': return strings.FieldRequesterName;
    case 'requesterEmail': return strings.FieldRequesterEmail;
    case 'organisation': return strings.FieldOrganisation;
    case 'channel': return strings.FieldChannel;
    case 'category': return strings.FieldCategory;
    case 'priority': return strings.FieldPriority;
    case 'status': return strings.FieldStatus;
    case 'assignedTo': return strings.FieldAssignee;
    case 'receivedDate': case 'receivedAt': return strings.FieldReceived;
    default: return field;
  }
}

/** Every field's issue in the user's language. */
export function inquiryMessages(errors: Readonly<Record<string, IValidationIssue | undefined>>, strings: Strings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of Object.keys(errors)) {
    const issue = errors[field];
    if (issue) out[field] = validationMessage(issue, inquiryFieldLabel(field, strings), strings, { labelOf: f => inquiryFieldLabel(f, strings) });
  }
  return out;
}
