import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ITask } from '../../../domain/models';
import { effortBalance, type PlannedPriority } from '../../../domain/cockpit';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { hoursText } from '../model/labels';
import { priorityColor, type BoardClasses } from './boardStyles';

/** Props of {@link BalanceBar}. */
export interface IBalanceBarProps {
  /** The open tasks on the board as filtered. */
  tasks: readonly ITask[];
  /** Warn above this share of MUST, in percent. */
  mustThreshold: number;
  strings: IPrioriteringWebPartStrings;
  language: UiLanguage;
  classes: BoardClasses;
}

const PLANNED: readonly PlannedPriority[] = ['MUST', 'SHOULD', 'COULD'];
const percent = (share: number): number => Math.round(share * 100);

/**
 * The share of effort per priority as a bar, with its text equal beside it (the bar itself is hidden from assistive
 * technology: the list says the same), and a warning when MUST passes the threshold (DSDM: about 60 %).
 */
export function BalanceBar(props: IBalanceBarProps): React.ReactElement {
  const { strings, language, classes } = props;
  const theme = useTheme();
  const threshold = Number.isFinite(props.mustThreshold) && props.mustThreshold > 0 ? props.mustThreshold : 60;
  const b = React.useMemo(() => effortBalance(props.tasks, { mustWarningShare: threshold / 100 }), [props.tasks, threshold]);
  const hours = (h: number): string => hoursText(h, strings, language);
  const unestimated = PLANNED.reduce((n, p) => n + b.byPriority[p].unestimatedCount, 0);
  return (
    <div className={classes.balance} role="region" aria-labelledby="prioritering-balance-heading" data-testid="balance">
      <h3 id="prioritering-balance-heading" className={classes.balanceHeading}>{strings.BalanceHeading}</h3>
      {b.total === 0 ? <p className={classes.none}>{strings.BalanceNone}</p> : (
        <>
          <div className={classes.bar} aria-hidden="true">
            {PLANNED.map(p => b.byPriority[p].share > 0 && (
              <span key={p} style={{ width: `${b.byPriority[p].share * 100}%`, background: priorityColor(p, theme) }} />
            ))}
          </div>
          <ul className={classes.balanceList}>
            {PLANNED.map(p => (
              <li key={p} data-priority={p}>
                <span className={classes.swatch} style={{ background: priorityColor(p, theme) }} aria-hidden="true" />
                {format(strings.BalanceSegment, p, percent(b.byPriority[p].share), hours(b.byPriority[p].effort))}
              </li>
            ))}
            <li>{format(strings.BalanceTotal, hours(b.total))}</li>
            {b.wont.count > 0 && <li>{format(strings.BalanceWont, b.wont.count, hours(b.wont.effort))}</li>}
          </ul>
          {b.codes.includes('noEstimates') && <p className={classes.note}>{strings.BalanceNoEstimates}</p>}
          {b.codes.includes('someUnestimated') && (
            <p className={classes.note}>{format(strings.BalanceSomeUnestimated, unestimated, hours(b.effortPerUnestimatedTask))}</p>
          )}
          {b.codes.includes('mustOverThreshold') && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
              {format(strings.BalanceMustWarning, percent(b.byPriority.MUST.share), threshold)}
            </MessageBar>
          )}
          {b.codes.includes('couldUnderContingency') && !b.codes.includes('noEstimates') && (
            <p className={classes.note}>{format(strings.BalanceCouldNote, percent(b.byPriority.COULD.share))}</p>
          )}
        </>
      )}
    </div>
  );
}
