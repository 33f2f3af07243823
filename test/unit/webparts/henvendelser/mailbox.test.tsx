import { fireEvent, screen, waitFor } from '@testing-library/react';
import { da, loaded, renderInbox, servicesWith } from './helpers';
import { httpError } from '../../../support/fakeServices';
import { format } from '../../../../src/common/strings';
import type { IInquiry } from '../../../../src/domain/models';
import { deltaLinkKey, pullError, pullSummary, readDeltaLink, saveDeltaLink } from '../../../../src/webparts/henvendelser/model/mailPull';

jest.setTimeout(90_000);

const MAILBOX = 'sekretariat@os2.eu';
const inquiry = (id: number, title: string): IInquiry => ({ id, title, channel: 'E-mail', status: 'Ny', priority: 'SHOULD', receivedDate: '2026-12-01' } as IInquiry);

describe('»Hent nye e-mails«', () => {
  beforeEach(() => window.localStorage.clear());

  test('hidden without a mailbox property', async () => {
    renderInbox();
    await loaded();
    expect(screen.queryByRole('button', { name: da.MailPull })).not.toBeInTheDocument();
  });

  test('pulls, says how many inquiries it made, reloads the queue and remembers the delta link per site, mailbox and user', async () => {
    const fake = servicesWith();
    fake.backend.mailResult = { created: [inquiry(101, 'A'), inquiry(102, 'B'), inquiry(103, 'C')], alreadyThere: 1, failed: [], deltaLink: 'https://graph/delta?$deltatoken=abc', restarted: false };
    renderInbox({ fake, properties: { mailbox: MAILBOX } });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.MailPull }));
    await screen.findByText(`${format(da.MailPullMany, 3, MAILBOX)} ${format(da.MailPullAlready, 1)}`);
    const [call] = fake.backend.callsOf('mailbox.pull');
    expect(call.args).toEqual([MAILBOX, undefined]);
    await waitFor(() => expect(fake.backend.callsOf('inquiries.loadQueue')).toHaveLength(2));
    const key = deltaLinkKey('https://os2.example/sites/os2', MAILBOX, 'mette.kjaer@os2.eu');
    expect(window.localStorage.getItem(key)).toBe('https://graph/delta?$deltatoken=abc');

    // The next pull starts from the remembered link; nothing new is said plainly and does not reload.
    Object.assign(fake.backend, { mailResult: { created: [], alreadyThere: 0, failed: [], deltaLink: 'https://graph/delta?$deltatoken=def', restarted: false } });
    fireEvent.click(screen.getByRole('button', { name: da.MailPull }));
    await screen.findByText(format(da.MailPullNone, MAILBOX));
    expect(fake.backend.callsOf('mailbox.pull')[1].args).toEqual([MAILBOX, 'https://graph/delta?$deltatoken=abc']);
    expect(window.localStorage.getItem(key)).toBe('https://graph/delta?$deltatoken=def');
    expect(fake.backend.callsOf('inquiries.loadQueue')).toHaveLength(2);
  });

  test('no access to the shared mailbox: a clear message, in the user\'s language', async () => {
    const fake = servicesWith();
    fake.backend.failNext('mailbox.pull', Object.assign(new Error('Access is denied. Check credentials and try again.'), { statusCode: 403, code: 'ErrorAccessDenied' }));
    renderInbox({ fake, properties: { mailbox: MAILBOX } });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: da.MailPull }));
    await screen.findByText(format(da.MailErrorDenied, MAILBOX));
    expect(screen.getByRole('button', { name: da.MailPull })).toBeEnabled();
  });

  test('a reader gets no button even with a mailbox', async () => {
    const fake = servicesWith();
    fake.backend.permissions = { canAdd: false, canEdit: false, canDelete: false, canManageLists: false };
    renderInbox({ fake, properties: { mailbox: MAILBOX } });
    await loaded();
    expect(screen.queryByRole('button', { name: da.MailPull })).not.toBeInTheDocument();
  });
});

describe('mail pull texts and storage', () => {
  test('summary: one, many, none, already there and failures with their subjects', () => {
    const none = { created: [], alreadyThere: 0, failed: [], deltaLink: undefined, restarted: false };
    expect(pullSummary({ ...none, created: [inquiry(1, 'A')] }, MAILBOX, da)).toEqual({ kind: 'success', text: format(da.MailPullOne, MAILBOX) });
    expect(pullSummary(none, MAILBOX, da).text).toBe(format(da.MailPullNone, MAILBOX));
    const failed = pullSummary({ ...none, failed: [{ message: { id: 'x', subject: 'Faktura' }, error: httpError(503, 'busy') }] }, MAILBOX, da);
    expect(failed.kind).toBe('error');
    expect(failed.text).toContain('»Faktura«');
    expect(failed.text).toContain(format(da.MailPullFailed, 1, '').trim().slice(0, 20));
  });

  test('errors: consent, not found, access denied, and anything else in the shared words', () => {
    expect(pullError(Object.assign(new Error('Insufficient privileges to complete the operation.'), { statusCode: 403 }), MAILBOX, da)).toBe(da.MailErrorConsent);
    expect(pullError(Object.assign(new Error('not found'), { statusCode: 404 }), MAILBOX, da)).toBe(format(da.MailErrorNotFound, MAILBOX));
    expect(pullError(Object.assign(new Error('denied'), { statusCode: 403 }), MAILBOX, da)).toBe(format(da.MailErrorDenied, MAILBOX));
    expect(pullError(httpError(503, 'busy'), MAILBOX, da)).toBe(da.ErrorThrottled);
  });

  test('a storage that throws (private mode) only means no remembered link', () => {
    const broken = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); } };
    expect(readDeltaLink(broken, 'k')).toBeUndefined();
    expect(() => saveDeltaLink(broken, 'k', 'link')).not.toThrow();
    expect(deltaLinkKey('https://A/sites/os2', ' Sekretariat@OS2.eu ', 'Mette@os2.eu')).toBe(deltaLinkKey('https://a/sites/os2', 'sekretariat@os2.eu', 'mette@os2.eu'));
  });
});
