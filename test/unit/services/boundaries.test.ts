/**
 * @jest-environment node
 */
import type { Queryable } from '@pnp/queryable';
import { getSPForUrl } from '../../../src/services/config/sp';
import { createRepositories } from '../../../src/services/repositories/repositories';
import { ValidationError } from '../../../src/domain/validationError';
import type { IActivityFields, IDecisionFields, IInquiryFields, IProcessFields } from '../../../src/domain/models';

const SITE = 'https://contoso.sharepoint.com/sites/os2';
const sent: string[] = [];
/** Records every request instead of sending it. */
const recorder = (instance: Queryable): Queryable => {
  instance.on.send.replace(async (url: URL) => {
    sent.push(url.toString());
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return instance;
};
const repos = createRepositories(getSPForUrl(SITE, recorder), SITE);

const activity: IActivityFields = {
  title: 'Generalforsamling', category: 'Bestyrelse', activityType: 'Møde', startDate: '2026-04-28', repeat: 'Ingen', priority: 'MUST'
};

async function rejection(p: Promise<unknown>): Promise<ValidationError> {
  try {
    await p;
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

beforeEach(() => { sent.length = 0; });

describe('bad input is rejected, as codes the UI words, before anything is written', () => {
  test('missing required title', async () => {
    const e = await rejection(repos.activities.add({ ...activity, title: '  ' }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.errors.title).toEqual({ code: 'required' });
    expect(sent).toEqual([]);
  });

  test('end before start', async () => {
    const e = await rejection(repos.activities.add({ ...activity, activityType: 'Periode', endDate: '2026-04-01' }));
    expect(e.errors.endDate).toEqual({ code: 'notBefore', params: { other: 'startDate' } });
    expect(sent).toEqual([]);
  });

  test('invalid recurrence rule', async () => {
    const e = await rejection(repos.activities.update(4, { ...activity, repeat: 'Tilpasset', recurrence: 'FREQ=SOMETIMES' }, '"1"'));
    expect(e.errors.recurrence).toEqual({ code: 'recurrence', rule: { problem: 'freqUnknown', params: { freq: 'SOMETIMES' } } });
    expect(sent).toEqual([]);
  });

  test('unknown choice value', async () => {
    const e = await rejection(repos.activities.add({ ...activity, category: 'Sport' as IActivityFields['category'] }));
    expect(e.errors.category).toEqual({ code: 'choice', params: { value: 'Sport' } });
    // One read: does the list's column offer the value (an owner may have added it in SharePoint)? No write.
    expect(sent).toHaveLength(1);
    expect(decodeURIComponent(sent[0])).toContain("fields/getByInternalNameOrTitle('Category')");
  });

  test('decision without decision text, inquiry with a bad e-mail, process with a zero interval', async () => {
    const decision = { title: 'Budget 2027', forum: 'Bestyrelse', meetingDate: '2026-03-12', status: 'Besluttet', priority: 'MUST' } as IDecisionFields;
    expect((await rejection(repos.decisions.add(decision))).errors.decisionText).toEqual({ code: 'required' });
    const inquiry: IInquiryFields = { title: 'Spørgsmål', channel: 'E-mail', status: 'Ny', priority: 'SHOULD', receivedDate: '2026-11-02', requesterEmail: 'ikke-en-mail' };
    expect((await rejection(repos.inquiries.add(inquiry))).errors.requesterEmail).toBeDefined();
    const process: IProcessFields = { title: 'Onboarding', area: 'Processer og dokumentation', status: 'Kladde', reviewIntervalMonths: 0, onboarding: true, priority: 'MUST' };
    expect((await rejection(repos.processes.add(process))).errors.reviewIntervalMonths).toBeDefined();
    expect(sent).toEqual([]);
  });

  test('valid input is sent', async () => {
    await repos.activities.add(activity).catch(() => undefined);
    expect(sent.length).toBeGreaterThan(0);
  });
});
