import { INQUIRY_QUEUES, type InquiryQueue } from '../../../domain/inquiries';
import type { IHenvendelserWebPartProps } from '../IHenvendelserWebPartProps';

/** The SLA policies the properties describe, and the targets that cannot be read: shared with the Overblik. */
export { slaPolicies, unreadableSlaProperties } from '../../../common/slaPropertyGroup';

/** The queue to open with: the property when it names one, else »Ufordelte«. */
export function initialQueue(props: Partial<IHenvendelserWebPartProps>): InquiryQueue {
  return INQUIRY_QUEUES.indexOf(props.defaultQueue as InquiryQueue) >= 0 ? props.defaultQueue as InquiryQueue : 'unassigned';
}
