import type { IListDefinition, IViewDefinition, ListKey } from './types';
import { caml } from './fields';

/**
 * The views of every list, as SharePoint's own list UI shows them. Part of the one schema, kept beside the lists
 * rather than in them: only provisioning and `docs/lists.md` read views, so their CAML is not in any web part's
 * first load. A schema test checks every view's columns against its list.
 */

const OPEN_INQUIRY = caml.and(
  caml.neq('InquiryStatus', 'Choice', 'Løst'), caml.neq('InquiryStatus', 'Choice', 'Lukket'));
const OPEN_TASK = caml.neq('TaskStatus', 'Choice', 'Færdig');

/** Each list's views, by list key. */
export const LIST_VIEWS: { readonly [K in ListKey]: readonly IViewDefinition[] } = {
  processes: [
    {
      title: 'Alle processer', isDefault: true, purpose: 'Alle processer efter ansvarsområde.',
      fields: ['LinkTitle', 'Area', 'ProcessStatus', 'Owner', 'NextReview', 'Priority'],
      query: caml.groupBy('Area') + caml.orderBy(['Title'])
    },
    {
      title: 'Til revision', purpose: 'Processer markeret til revision eller med revision inden for 30 dage.',
      fields: ['LinkTitle', 'Owner', 'LastReviewed', 'NextReview', 'ProcessStatus'],
      query: caml.where(caml.or(caml.eq('ProcessStatus', 'Choice', 'Til revision'), caml.leqToday('NextReview', 30))) +
        caml.orderBy(['NextReview'])
    },
    {
      title: 'Onboarding', purpose: 'Processer en ny medarbejder skal kende.',
      fields: ['LinkTitle', 'Area', 'Owner', 'Purpose'],
      query: caml.where(caml.eq('Onboarding', 'Boolean', '1')) + caml.orderBy(['Area'], ['Title'])
    }
  ],
  processSteps: [
    {
      title: 'Efter proces', isDefault: true, purpose: 'Trinene grupperet efter proces i rækkefølge.',
      fields: ['StepNumber', 'LinkTitle', 'ResponsibleRole', 'Deliverable'],
      query: caml.groupBy('Process') + caml.orderBy(['StepNumber'])
    }
  ],
  activities: [
    {
      title: 'Årets aktiviteter', isDefault: true, purpose: 'Alle aktiviteter i datoorden.',
      fields: ['LinkTitle', 'Category', 'ActivityType', 'StartDate', 'EndDate', 'RepeatPattern', 'Responsible', 'Priority'],
      query: caml.orderBy(['StartDate'])
    },
    {
      title: 'Efter ring', purpose: 'Aktiviteterne grupperet efter årshjulets ringe.',
      fields: ['LinkTitle', 'ActivityType', 'StartDate', 'EndDate', 'RepeatPattern', 'Responsible'],
      query: caml.groupBy('Category') + caml.orderBy(['StartDate'])
    },
    {
      title: 'Mødeforum', purpose: 'Møder og beslutningsprocesser efter forum.',
      fields: ['LinkTitle', 'StartDate', 'RepeatPattern', 'Responsible'],
      query: caml.where(caml.eq('ActivityType', 'Choice', 'Møde')) + caml.groupBy('Forum') + caml.orderBy(['StartDate'])
    }
  ],
  decisions: [
    {
      title: 'Seneste beslutninger', isDefault: true, purpose: 'Alle beslutninger, nyeste møde først.',
      fields: ['LinkTitle', 'Forum', 'MeetingDate', 'DecisionStatus', 'Responsible', 'FollowUpDate'],
      query: caml.orderBy(['MeetingDate', false])
    },
    {
      title: 'Under opfølgning', purpose: 'Beslutninger der skal følges op, efter opfølgningsdato.',
      fields: ['LinkTitle', 'Forum', 'Responsible', 'FollowUpDate', 'Priority'],
      query: caml.where(caml.or(caml.eq('DecisionStatus', 'Choice', 'Besluttet'), caml.eq('DecisionStatus', 'Choice', 'Under opfølgning'))) +
        caml.orderBy(['FollowUpDate'])
    },
    {
      title: 'Til behandling', purpose: 'Sager i bestyrelsens pipeline, efter mødedato.',
      fields: ['LinkTitle', 'Forum', 'MeetingDate', 'Responsible', 'CaseReference', 'Priority'],
      query: caml.where(caml.eq('DecisionStatus', 'Choice', 'Til behandling')) + caml.orderBy(['MeetingDate'])
    },
    {
      title: 'Efter forum', purpose: 'Beslutningerne grupperet efter forum.',
      fields: ['LinkTitle', 'MeetingDate', 'DecisionStatus', 'Responsible'],
      query: caml.groupBy('Forum') + caml.orderBy(['MeetingDate', false])
    }
  ],
  inquiries: [
    {
      title: 'Åbne henvendelser', isDefault: true, purpose: 'Alt der ikke er løst eller lukket, efter svarfrist.',
      fields: ['LinkTitle', 'RequesterName', 'Organisation', 'InquiryStatus', 'AssignedTo', 'DueDate', 'Priority'],
      query: caml.where(OPEN_INQUIRY) + caml.orderBy(['DueDate'])
    },
    {
      title: 'Mine henvendelser', purpose: 'Åbne henvendelser tildelt mig.',
      fields: ['LinkTitle', 'RequesterName', 'InquiryStatus', 'DueDate', 'Priority'],
      query: caml.where(caml.and(caml.isMe('AssignedTo'), OPEN_INQUIRY)) + caml.orderBy(['DueDate'])
    },
    {
      title: 'Overskredet svarfrist', purpose: 'Åbne henvendelser hvis svarfrist er passeret.',
      fields: ['LinkTitle', 'AssignedTo', 'DueDate', 'InquiryStatus'],
      query: caml.where(caml.and(caml.ltToday('DueDate'), OPEN_INQUIRY)) + caml.orderBy(['DueDate'])
    },
    {
      title: 'Alle henvendelser', purpose: 'Alle henvendelser, nyeste først.',
      fields: ['LinkTitle', 'RequesterName', 'Channel', 'InquiryCategory', 'InquiryStatus', 'ReceivedDate', 'ClosedDate'],
      query: caml.orderBy(['ReceivedDate', false])
    },
    {
      title: 'Efter SLA-frist', purpose: 'Åbne henvendelser efter næste SLA-frist (i arbejdstid, beregnet af Koordinator).',
      fields: ['Reference', 'LinkTitle', 'RequesterName', 'InquiryStatus', 'AssignedTo', 'DueAt', 'AtRiskAt', 'PausedMinutes', 'Priority'],
      query: caml.where(OPEN_INQUIRY) + caml.orderBy(['DueAt'])
    }
  ],
  replyTemplates: [
    {
      title: 'Alle skabeloner', isDefault: true, purpose: 'Svarskabelonerne efter kategori.',
      fields: ['LinkTitle', 'InquiryCategory', 'MailSubject', 'TemplateBody'],
      query: caml.groupBy('InquiryCategory') + caml.orderBy(['Title'])
    }
  ],
  pageLinks: [
    {
      title: 'Alle sider', isDefault: true, purpose: 'Hvilken side hver web-del ligger på.',
      fields: ['LinkTitle', 'WebPart', 'PageUrl'],
      query: caml.orderBy(['WebPart'])
    }
  ],
  tasks: [
    {
      title: 'Mine opgaver', isDefault: true, purpose: 'Mine åbne opgaver efter prioritet og forfaldsdato.',
      fields: ['LinkTitle', 'Priority', 'TaskStatus', 'DueDate', 'SourceType'],
      query: caml.where(caml.and(caml.isMe('AssignedTo'), OPEN_TASK)) + caml.orderBy(['Priority'], ['DueDate'])
    },
    {
      title: 'Åbne opgaver', purpose: 'Alle åbne opgaver grupperet efter prioritet.',
      fields: ['LinkTitle', 'AssignedTo', 'TaskStatus', 'DueDate', 'SourceType'],
      query: caml.where(OPEN_TASK) + caml.groupBy('Priority') + caml.orderBy(['DueDate'])
    },
    {
      title: 'Forfaldne', purpose: 'Åbne opgaver hvis forfaldsdato er passeret.',
      fields: ['LinkTitle', 'AssignedTo', 'DueDate', 'Priority', 'SourceType'],
      query: caml.where(caml.and(caml.ltToday('DueDate'), OPEN_TASK)) + caml.orderBy(['DueDate'])
    },
    {
      title: 'Alle opgaver', purpose: 'Alle opgaver, også de færdige.',
      fields: ['LinkTitle', 'AssignedTo', 'TaskStatus', 'DueDate', 'CompletedDate', 'SourceType'],
      query: caml.orderBy(['DueDate', false])
    }
  ],
};

/** The views of a list. */
export function viewsOf(list: IListDefinition): readonly IViewDefinition[] {
  return LIST_VIEWS[list.key];
}
