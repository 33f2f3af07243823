import { formatAttendees, forumOfMeeting, parseAttendees, presentByDefault } from '../../../../src/domain/decisions';

describe('forumOfMeeting', () => {
  test.each([
    [{ subject: 'Bestyrelsesmøde', categories: [] }, 'Bestyrelse'],
    [{ subject: 'Ekstraordinært bestyrelsesmøde' }, 'Bestyrelse'],
    [{ subject: 'Møde', categories: ['koordinationsgruppe'] }, 'Koordinationsgruppe'],
    [{ subject: 'Sekretariatsmøde' }, 'Sekretariat'],
    [{ subject: 'Generalforsamling i OS2' }, 'Generalforsamling'],
    [{ subject: 'Styregruppemøde OS2mo' }, 'Styregruppe'],
    // The word that comes first names it: the secretariat prepares the board meeting.
    [{ subject: 'Sekretariatets forberedelse af bestyrelsesmødet' }, 'Sekretariat'],
    // A category wins over the subject.
    [{ subject: 'Bestyrelsesmøde', categories: ['Arrangementer', 'Generalforsamling'] }, 'Generalforsamling'],
    [{ subject: 'Frokost', categories: ['Andet'] }, undefined],
    [{ subject: '' }, undefined]
  ])('%j → %s', (meeting, forum) => {
    expect(forumOfMeeting(meeting)).toBe(forum);
  });
});

describe('present by default', () => {
  test('the organizer, then the people who did not decline; no rooms, no doubles', () => {
    const present = presentByDefault({ name: 'Lars Holm', email: 'lars.holm@os2.eu' }, [
      { name: 'Anne Sørensen', email: 'anne.sorensen@os2.eu', type: 'required', response: 'accepted' },
      { name: 'Lars Holm', email: 'LARS.HOLM@os2.eu', type: 'required', response: 'organizer' },
      { name: 'Mødelokale Aarhus', email: 'lokale@os2.eu', type: 'resource', response: 'accepted' },
      { name: 'Jonas Berg', email: 'jonas.berg@os2.eu', type: 'optional', response: 'declined' },
      { name: 'Mette Kjær', email: 'mette.kjaer@os2.eu', type: 'required', response: 'tentativelyAccepted' },
      { name: '', email: 'ekstern@kommune.dk', type: 'optional', response: 'none' }
    ]);
    expect(present).toEqual([
      { name: 'Lars Holm', email: 'lars.holm@os2.eu' }, { name: 'Anne Sørensen', email: 'anne.sorensen@os2.eu' },
      { name: 'Mette Kjær', email: 'mette.kjaer@os2.eu' }, { name: 'ekstern@kommune.dk', email: 'ekstern@kommune.dk' }
    ]);
  });
});

describe('the Attendees note', () => {
  test('one person per line and back', () => {
    const present = [{ name: 'Anne Sørensen', email: 'anne.sorensen@os2.eu' }, { name: 'Gæst fra KL' }];
    const text = formatAttendees(present);
    expect(text).toBe('Anne Sørensen <anne.sorensen@os2.eu>\nGæst fra KL');
    expect(parseAttendees(text)).toEqual(present);
  });

  test('names cannot break the format; what people typed in SharePoint is read too', () => {
    expect(formatAttendees([{ name: 'A <b>\nC', email: 'x@y.dk' }])).toBe('A b C <x@y.dk>');
    expect(parseAttendees('Anne, Lars\r\n\n  <mette.kjaer@os2.eu>\nJonas Berg')).toEqual([
      { name: 'Anne' }, { name: 'Lars' }, { name: 'mette.kjaer@os2.eu', email: 'mette.kjaer@os2.eu' }, { name: 'Jonas Berg' }
    ]);
    expect(parseAttendees(undefined)).toEqual([]);
  });
});
