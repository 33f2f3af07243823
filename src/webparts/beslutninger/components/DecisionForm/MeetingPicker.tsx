import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import { useAsync } from '../../../../common/useAsync';
import { addDays } from '../../../../domain/dates';
import type { IMeeting, IsoDate } from '../../../../domain/models';
import { normalizeSearchText } from '../../../../domain/decisions';
import type { CalendarSource, ICalendarService } from '../../../../services';
import { meetingProblemText } from '../../model/meetingSource';

/** Props of {@link MeetingPicker}. */
export interface IMeetingPickerProps {
  calendar: ICalendarService;
  source: CalendarSource;
  today: IsoDate;
  language: UiLanguage;
  strings: IBeslutningerWebPartStrings;
  onPick: (meeting: IMeeting) => void;
}

/** How far back and ahead the picker looks: recent meetings to record, and the next ones for the pipeline. */
export const PICKER_DAYS_BACK = 90;
export const PICKER_DAYS_AHEAD = 60;

/**
 * The Outlook meetings of the configured calendar (Graph `calendarView`, read when the picker opens — never on the
 * register's first render), newest first, filtered by subject as one types; a button per meeting.
 */
export function MeetingPicker(props: IMeetingPickerProps): React.ReactElement {
  const { strings, language, today, source } = props;
  const theme = useTheme();
  const [text, setText] = React.useState('');
  const meetings = useAsync(signal => props.calendar.getMeetingsWithAttendees(source, addDays(today, -PICKER_DAYS_BACK),
    addDays(today, PICKER_DAYS_AHEAD), { signal }), [JSON.stringify(source), today]);
  const c = React.useMemo(() => ({
    list: mergeStyles({ listStyle: 'none', margin: '8px 0', padding: 0, maxHeight: 320, overflowY: 'auto',
      border: `1px solid ${theme.semanticColors.bodyDivider}` }),
    button: mergeStyles({ width: '100%', height: 'auto', padding: '6px 8px', textAlign: 'left', border: 0, borderRadius: 0 }),
    meta: mergeStyles({ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext, fontWeight: 400 })
  }), [theme]);
  if (meetings.status === 'error') {
    return <MessageBar messageBarType={MessageBarType.warning} isMultiline>{meetingProblemText(meetings.error, source, strings)}</MessageBar>;
  }
  if (!meetings.value) return <Spinner label={strings.Loading} />;
  const words = normalizeSearchText(text).split(' ').filter(Boolean);
  const shown = meetings.value
    .filter(m => words.every(w => normalizeSearchText(`${m.subject} ${m.categories.join(' ')}`).indexOf(w) >= 0))
    .sort((a, b) => b.start.localeCompare(a.start));
  return (
    <div>
      <p style={{ margin: '4px 0' }}>{strings.PickMeetingHint}</p>
      <SearchBox placeholder={strings.PickMeetingFilter} ariaLabel={strings.PickMeetingFilter} value={text} onChange={(_, v) => setText(v ?? '')} />
      {shown.length === 0 ? <p>{strings.PickMeetingNone}</p> : (
        <ul className={c.list} aria-label={strings.PickMeetingTitle}>
          {shown.map(m => (
            <li key={m.id}>
              <DefaultButton className={c.button} styles={{ flexContainer: { justifyContent: 'flex-start' } }} ariaLabel={format(strings.PickMeetingChoose, m.subject, formatDay(m.day, language))}
                onClick={() => props.onPick(m)}>
                <span>
                  <strong>{m.subject}</strong>
                  <span className={c.meta}>{formatDay(m.day, language)}{m.location ? ` · ${m.location}` : ''}</span>
                </span>
              </DefaultButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
