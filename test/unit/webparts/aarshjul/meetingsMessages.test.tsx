import { act, screen } from '@testing-library/react';
import { graphProblem } from '../../../../src/common/errorMessages';
import { MEETINGS_SLOW_MS } from '../../../../src/webparts/aarshjul/components/Aarshjul/MeetingsLoading';
import { httpError } from '../../../support/fakeServices';
import { da, en, loaded, renderWheel, servicesWith } from './helpers';

/** A Graph client error as @microsoft/microsoft-graph-client throws it: statusCode, code, message. */
const graphError = (statusCode: number, code: string, message: string): Error =>
  Object.assign(new Error(message), { statusCode, code });

describe('graphProblem: the real cause of a failed calendar read', () => {
  test.each([
    ['503', httpError(503, 'Service Unavailable'), 'me', 'throttled'],
    ['429', graphError(429, 'TooManyRequests', 'Too many requests'), 'group', 'throttled'],
    ['a dropped connection', new TypeError('Failed to fetch'), 'me', 'offline'],
    ['403 on a shared mailbox', graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'), 'user', 'mailboxNotShared'],
    ['403 on a group', graphError(403, 'ErrorAccessDenied', 'Access is denied.'), 'group', 'groupDenied'],
    ['403 on the own calendar', graphError(403, 'ErrorAccessDenied', 'Access is denied.'), 'me', 'consent'],
    ['403 with a consent error, on a mailbox', graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'), 'user', 'consent'],
    ['a token without consent (no status)', new Error('AADSTS65001: The user or administrator has not consented to use the application'), 'user', 'consent'],
    ['404', graphError(404, 'ErrorItemNotFound', 'Not found'), 'group', 'notFound'],
    ['500', graphError(500, 'ErrorInternalServerError', 'Boom'), 'me', 'unknown']
  ] as const)('%s', (_, error, source, expected) => {
    expect(graphProblem(error, source)).toBe(expected);
  });
});

describe('the meetings warning names Outlook and the cause', () => {
  test('Graph 503: Outlook is busy (not SharePoint), with Prøv igen', async () => {
    const fake = servicesWith();
    fake.backend.failNext('calendar.getMeetings', httpError(503, 'Service Unavailable'));
    renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    expect(await screen.findByText(da.MeetingsThrottled)).toBeInTheDocument();
    expect(screen.queryByText(/SharePoint har travlt/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: da.Retry })).toBeInTheDocument();
  });

  test('Graph drop: no connection to Outlook', async () => {
    const fake = servicesWith();
    fake.backend.failNext('calendar.getMeetings', new TypeError('Failed to fetch'));
    renderWheel({ fake, properties: { meetingSource: 'me' } });
    await loaded();
    expect(await screen.findByText(da.MeetingsOffline)).toBeInTheDocument();
    expect(screen.queryByText(/forbindelse til SharePoint/)).not.toBeInTheDocument();
  });

  test('403 on a shared mailbox: it is not shared with you (no admin consent talk), in English too', async () => {
    const fake = servicesWith();
    fake.backend.failNext('calendar.getMeetings', graphError(403, 'ErrorAccessDenied', 'Access is denied.'));
    renderWheel({ fake, strings: en, host: { language: 'en' }, properties: { meetingSource: 'mailbox', meetingMailbox: 'sekretariat@os2.eu' } });
    await screen.findByRole('application');
    expect(await screen.findByText('The calendar of the mailbox sekretariat@os2.eu is not shared with you. Ask the mailbox\'s owner or an Exchange administrator to give you access.')).toBeInTheDocument();
    expect(screen.queryByText(/Calendars\.Read/)).not.toBeInTheDocument();
  });

  test('while Graph has not answered, a polite spinner says the meetings are coming; later that Outlook is slow', async () => {
    jest.useFakeTimers();
    try {
      const fake = servicesWith();
      fake.services.calendar.getMeetings = () => new Promise(() => undefined);
      renderWheel({ fake, properties: { meetingSource: 'me' } });
      await act(async () => { await jest.advanceTimersByTimeAsync(100); });
      await loaded();
      const notice = await screen.findByTestId('meetings-loading');
      await act(async () => { await jest.advanceTimersByTimeAsync(100); });
      expect(notice).toHaveTextContent(da.MeetingsLoading);
      expect(notice).toHaveAttribute('aria-live', 'polite');
      await act(async () => { await jest.advanceTimersByTimeAsync(MEETINGS_SLOW_MS + 100); });
      expect(screen.getByTestId('meetings-loading')).toHaveTextContent(da.MeetingsSlow);
    } finally {
      jest.useRealTimers();
    }
  });

  test('no spinner without a meetings source, nor once the meetings are there', async () => {
    renderWheel();
    await loaded();
    expect(screen.queryByTestId('meetings-loading')).not.toBeInTheDocument();
    renderWheel({ properties: { meetingSource: 'me' } });
    await loaded();
    await screen.findAllByRole('application');
    await act(async () => { await Promise.resolve(); });
    expect(screen.queryByTestId('meetings-loading')).not.toBeInTheDocument();
  });
});
