import * as React from 'react';
import { mergeStyleSets, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { BREAK_ANYWHERE } from '../../../../common/longText';
import { format } from '../../../../common/strings';
import type { IUnshowable } from '../../model/entries';
import { activityUrl } from '../../model/links';

/** Props of {@link UnshowableNotice}. */
export interface IUnshowableNoticeProps {
  items: readonly IUnshowable[];
  webUrl: string;
  strings: IAarshjulWebPartStrings;
}

const classes = mergeStyleSets({
  summary: { cursor: 'pointer', fontWeight: 600 },
  list: { margin: '4px 0 0', paddingLeft: 20, ...BREAK_ANYWHERE }
});

/** The reason in words. */
function reasonText(item: IUnshowable, strings: IAarshjulWebPartStrings): string {
  if (item.reason === 'noStartDate') return strings.UnshowableNoStartDate;
  const ring = (item.activity.category as string | undefined)?.trim();
  return ring ? format(strings.UnshowableUnknownRing, ring) : strings.UnshowableNoRing;
}

/**
 * »Kan ikke vises«: activities of the list the wheel cannot draw (typed into the list by hand without a start date,
 * or with a ring the wheel does not have), so they are not silently missing. Collapsed to one line; opened, each
 * title links to the item in SharePoint, where it can be corrected.
 */
export function UnshowableNotice(props: IUnshowableNoticeProps): React.ReactElement {
  const { items, strings } = props;
  const theme = useTheme();
  // A plain link in the message bar's own link colours (Fluent's Link would add its code to the first load for this
  // one list). The ordinary link colour is not enough on the warning background (4.2:1, WCAG asks 4.5:1).
  const link = React.useMemo(() => mergeStyleSets({
    link: {
      color: theme.semanticColors.messageLink, textDecoration: 'underline',
      selectors: { ':hover': { color: theme.semanticColors.messageLinkHovered }, ':focus-visible': { outline: `1px solid ${theme.semanticColors.focusBorder}` } }
    }
  }).link, [theme]);
  if (items.length === 0) return <></>;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} styles={{ root: { margin: '8px 0' } }}>
      <details data-testid="unshowable">
        <summary className={classes.summary}>
          {items.length === 1 ? strings.UnshowableSummaryOne : format(strings.UnshowableSummary, items.length)}
        </summary>
        {strings.UnshowableIntro}
        <ul className={classes.list}>
          {items.map(item => (
            <li key={item.activity.id}>
              <a className={link} href={activityUrl(props.webUrl, item.activity.id)}>{item.activity.title?.trim() || strings.Untitled}</a>
              {': '}{reasonText(item, strings)}
            </li>
          ))}
        </ul>
      </details>
    </MessageBar>
  );
}
