import { DEFAULT_SLA_POLICIES, INQUIRY_QUEUES, parseSlaTarget, type InquiryQueue, type ISlaPolicy } from '../../../domain/inquiries';
import { SLA_PROPERTIES, type IHenvendelserWebPartProps } from '../IHenvendelserWebPartProps';

/** The SLA policies the properties describe; a target that is empty or does not parse keeps its default. */
export function slaPolicies(props: Partial<IHenvendelserWebPartProps>): ISlaPolicy[] {
  return SLA_PROPERTIES.map(({ priority, first, resolve }) => {
    const fallback = DEFAULT_SLA_POLICIES.find(p => p.priority === priority)!;
    return {
      priority,
      firstResponse: parseSlaTarget(props[first]) ?? fallback.firstResponse,
      resolution: parseSlaTarget(props[resolve]) ?? fallback.resolution
    };
  });
}

/** The properties whose SLA text cannot be read (the web part then uses the default; the pane says so). */
export function unreadableSlaProperties(props: Partial<IHenvendelserWebPartProps>): (keyof IHenvendelserWebPartProps)[] {
  return SLA_PROPERTIES.flatMap(({ first, resolve }) => [first, resolve])
    .filter(name => (props[name] ?? '').trim() !== '' && parseSlaTarget(props[name]) === undefined);
}

/** The queue to open with: the property when it names one, else »Ufordelte«. */
export function initialQueue(props: Partial<IHenvendelserWebPartProps>): InquiryQueue {
  return INQUIRY_QUEUES.indexOf(props.defaultQueue as InquiryQueue) >= 0 ? props.defaultQueue as InquiryQueue : 'unassigned';
}
