import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { format } from '../../../../common/strings';
import { formatDay } from '../../../../common/formatDate';
import type { ITask, IsoDate } from '../../../../domain/models';
import { isActionOverdue } from '../../../../domain/decisions';
import { taskStatusLabel } from '../../model/labels';

/** Props of {@link MyActions}. */
export interface IMyActionsProps {
  actions: readonly ITask[];
  today: IsoDate;
  language: UiLanguage;
  strings: IBeslutningerWebPartStrings;
  canEdit: boolean;
  /** The action being saved, if any. */
  busyId?: number;
  onComplete: (action: ITask) => void;
  onOpenDecision: (decisionId: number) => void;
}

/** »Mine handlinger«: the signed-in user's open decision actions, overdue first. */
export function MyActions(props: IMyActionsProps): React.ReactElement {
  const { strings, language, today } = props;
  const theme = useTheme();
  const c = React.useMemo(() => ({
    list: mergeStyles({ listStyle: 'none', margin: 0, padding: 0 }),
    item: mergeStyles({ padding: '8px 0', borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, display: 'flex', gap: 12,
      flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }),
    text: mergeStyles({ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 240px' }),
    title: mergeStyles({ fontWeight: 600 }),
    meta: mergeStyles({ fontSize: 13, color: theme.semanticColors.bodySubtext }),
    alert: mergeStyles({ color: theme.semanticColors.errorText, fontWeight: 600 })
  }), [theme]);
  const overdue = props.actions.filter(a => isActionOverdue(a, today)).length;
  if (props.actions.length === 0) return <p>{strings.MyActionsEmpty}</p>;
  return (
    <div>
      <p>{format(strings.MyActionsCount, props.actions.length, overdue)}</p>
      <ul className={c.list}>
        {props.actions.map(a => {
          const late = isActionOverdue(a, today);
          return (
            <li key={a.id} className={c.item}>
              <div className={c.text}>
                <span className={c.title}>{a.title}</span>
                <span className={c.meta}>
                  {late && <span className={c.alert}>{strings.Overdue}: </span>}
                  {a.dueDate ? format(strings.ActionDue, formatDay(a.dueDate, language)) : strings.ActionNoDue}
                  {' · '}{taskStatusLabel(a.status, language)}
                </span>
                {a.decision && (
                  <Link className={c.meta} onClick={() => props.onOpenDecision(a.decision!.id)}>{format(strings.ActionOf, a.decision.title)}</Link>
                )}
              </div>
              {props.canEdit && (
                <DefaultButton text={strings.ActionComplete} ariaLabel={format(strings.ActionCompleteLabel, a.title)}
                  disabled={props.busyId !== undefined} onClick={() => props.onComplete(a)} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
