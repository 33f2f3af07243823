import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';

/** Props of {@link MeetingsLoading}. */
export interface IMeetingsLoadingProps {
  strings: IAarshjulWebPartStrings;
}

/** After this long without an answer from Graph the notice says so, instead of spinning without comment. */
export const MEETINGS_SLOW_MS = 10000;

/**
 * The Møder ring is still coming: a small spinner with a polite, spoken label, so an empty Møder ring is never
 * mistaken for a calendar without meetings. After {@link MEETINGS_SLOW_MS} it says that Outlook is slow.
 */
export function MeetingsLoading(props: IMeetingsLoadingProps): React.ReactElement {
  const [slow, setSlow] = React.useState(false);
  // The text goes into the live region after the region exists, or screen readers may not speak it.
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => {
    const show = setTimeout(() => setShown(true), 50);
    const timer = setTimeout(() => setSlow(true), MEETINGS_SLOW_MS);
    return () => { clearTimeout(show); clearTimeout(timer); };
  }, []);
  return (
    <div data-testid="meetings-loading" role="status" aria-live="polite"
      style={{ display: 'flex', justifyContent: 'center', margin: '4px 0', minHeight: 20 }}>
      {shown && <Spinner size={SpinnerSize.xSmall} labelPosition="right" label={slow ? props.strings.MeetingsSlow : props.strings.MeetingsLoading} />}
    </div>
  );
}
