import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import type { DeepLinkKind, ICockpitItem, ICockpitSection, ICockpitWeek } from '../../../domain/cockpit';
import type { IAgendaEntry } from '../../../domain/meetings';
import type { IPersonRef } from '../../../domain/models';
import type { CockpitSectionKey } from '../IOverblikWebPartProps';
import type { ICockpitView } from '../model/cockpitModel';
import { activityTypeName, dayWithDistance, daysText, deadlineName, sectionEmpty, sectionTitle } from '../model/labels';
import { cockpitClasses, type CockpitClasses } from './cockpitStyles';
import { ItemLink } from '../../../common/links/ItemLink';
import { ShowAllLink } from './links';

type Strings = IOverblikWebPartStrings;

/** Props of {@link CockpitSections}. */
export interface ICockpitSectionsProps {
  view: ICockpitView;
  sections: readonly CockpitSectionKey[];
  language: UiLanguage;
  strings: Strings;
  /** Where »Vis alle« of a section goes (the owning web part's page). */
  showAllHref: (kind: DeepLinkKind) => string;
  /** Links leave the frame (Teams). */
  newWindow: boolean;
}

interface IContext {
  classes: CockpitClasses;
  strings: Strings;
  language: UiLanguage;
  showAllHref: (kind: DeepLinkKind) => string;
  newWindow: boolean;
}

/** One line of an item: its title (a link into its web part) and a line of facts. */
function ItemLine(props: { ctx: IContext; kind: DeepLinkKind; id: number; title: string; late?: boolean; facts: (string | undefined)[]; badge?: React.ReactNode }): React.ReactElement {
  const { classes } = props.ctx;
  const facts = props.facts.filter((f): f is string => !!f);
  return (
    <li className={classes.item}>
      <ItemLink link={{ kind: props.kind, id: props.id }} className={classes.link}>{props.title}</ItemLink>
      <div className={classes.meta}>
        {props.badge}
        {facts.map((f, i) => <span key={i} className={i === 0 && props.late ? classes.late : undefined}>{f}</span>)}
      </div>
    </li>
  );
}

/** A heading with its count: the count is read as part of the heading (»Forfaldne handlinger, 3 i alt«). */
function Heading(props: { ctx: IContext; id: string; level: 3 | 4; title: string; count: number }): React.ReactElement {
  const { classes, strings } = props.ctx;
  const Tag = props.level === 3 ? 'h3' : 'h4';
  return (
    <Tag id={props.id} className={props.level === 3 ? classes.heading : classes.subheading}>
      <span>{props.title}</span>
      <span className={classes.count} aria-hidden="true">{props.count}</span>
      <span className={classes.hidden}>, {format(strings.CountLabel, props.count)}</span>
    </Tag>
  );
}

/** The list of a section's first items, »og N flere« below, or what it says when empty. */
function Items<T>(props: { ctx: IContext; section: ICockpitSection<T>; empty: string; render: (item: ICockpitItem<T>) => React.ReactNode }): React.ReactElement {
  const { classes, strings } = props.ctx;
  if (props.section.count === 0) return <p className={classes.none}>{props.empty}</p>;
  const rest = props.section.count - props.section.top.length;
  return (
    <>
      <ul className={classes.list}>{props.section.top.map(props.render)}</ul>
      {rest > 0 && <p className={classes.more}>{format(strings.MoreItems, rest)}</p>}
    </>
  );
}

function Card(props: { ctx: IContext; sectionKey: CockpitSectionKey; count: number; kind: DeepLinkKind; wide?: boolean; children: React.ReactNode }): React.ReactElement {
  const { classes, strings } = props.ctx;
  const title = sectionTitle(props.sectionKey, strings);
  const id = `overblik-${props.sectionKey}`;
  return (
    <li className={props.wide ? `${classes.card} ${classes.wide}` : classes.card}>
      <section aria-labelledby={id} data-section={props.sectionKey}>
        <Heading ctx={props.ctx} id={id} level={3} title={title} count={props.count} />
        {props.children}
        <div className={classes.footer}>
          <ShowAllLink href={props.ctx.showAllHref(props.kind)} newWindow={props.ctx.newWindow} text={strings.ShowAll}
            label={format(strings.ShowAllLabel, title)} className={classes.link} />
        </div>
      </section>
    </li>
  );
}

const person = (p: IPersonRef | undefined): string | undefined => p?.title || p?.email;

function wheelEntry(ctx: IContext, e: ICockpitItem<IAgendaEntry>): React.ReactNode {
  const { strings, language, classes } = ctx;
  const entry = e.item;
  const late = e.daysUntil < 0;
  const when = dayWithDistance(e.date, e.daysUntil, language, strings, late);
  if (entry.source === 'meeting' || !entry.activity) {
    const meeting = entry.meeting;
    const title = meeting?.subject?.trim() || strings.NoSubject;
    return (
      <li key={entry.key} className={classes.item}>
        {meeting?.webLink
          ? <a className={classes.link} href={meeting.webLink} target="_blank" rel="noopener noreferrer">{title}</a>
          : <span>{title}</span>}
        <div className={classes.meta}><span>{when}</span><span>{strings.TypeOutlook}</span></div>
      </li>
    );
  }
  const activity = entry.activity;
  return (
    <ItemLine key={entry.key} ctx={ctx} kind="aktivitet" id={activity.id} title={entry.title} late={late}
      facts={[when, activityTypeName(activity.activityType, strings), activity.category, person(activity.responsible) && format(strings.Responsible, person(activity.responsible)!)]} />
  );
}

function WheelSection(props: { ctx: IContext; weeks: ICockpitWeek[] }): React.ReactElement {
  const { ctx } = props;
  const { strings, classes } = ctx;
  const count = props.weeks.reduce((n, w) => n + w.section.count, 0);
  return (
    <Card ctx={ctx} sectionKey="wheel" count={count} kind="aktivitet" wide={true}>
      <div className={classes.weeks}>
        {props.weeks.map(w => (
          <div key={w.from}>
            <Heading ctx={ctx} id={`overblik-week-${w.from}`} level={4} count={w.section.count}
              title={format(w.current ? strings.WeekHeadingCurrent : strings.WeekHeading, w.week.week)} />
            <Items ctx={ctx} section={w.section} empty={strings.EmptyWheelWeek} render={e => wheelEntry(ctx, e)} />
          </div>
        ))}
      </div>
    </Card>
  );
}

function BoardSection(props: { ctx: IContext; view: ICockpitView }): React.ReactElement {
  const { ctx } = props;
  const { strings, classes, language } = ctx;
  const board = props.view.board;
  if (!board) {
    return <Card ctx={ctx} sectionKey="board" count={0} kind="beslutning"><p className={classes.none}>{strings.EmptyBoard}</p></Card>;
  }
  return (
    <Card ctx={ctx} sectionKey="board" count={board.agenda.length} kind="beslutning">
      <p className={classes.boardDate}>
        {format(strings.BoardMeetingOn, dayWithDistance(board.date, board.daysUntil, language, strings, false))}
      </p>
      <h4 className={classes.subheading}>{strings.DeadlinesHeading}</h4>
      <ul className={classes.list}>
        {board.deadlines.map(d => (
          <li key={d.kind} className={classes.item}>
            <span>{deadlineName(d.kind, strings)}</span>
            <div className={classes.meta}>
              <span className={d.state === 'passed' ? classes.late : undefined}>
                {formatDay(d.date, language, { withYear: false })} · {d.state === 'passed' ? strings.DeadlinePassed : daysText(d.daysUntil, strings, false)}
              </span>
              <span>{format(strings.DeadlineWorkingDays, d.workingDaysBefore)}</span>
            </div>
          </li>
        ))}
      </ul>
      <h4 className={classes.subheading}>{strings.AgendaHeading}</h4>
      {board.agenda.length === 0
        ? <p className={classes.none}>{strings.AgendaEmpty}</p>
        : (
          <ul className={classes.list}>
            {board.agenda.map(d => (
              <ItemLine key={d.id} ctx={ctx} kind="beslutning" id={d.id} title={d.title}
                facts={[d.caseReference, person(d.responsible) && format(strings.Responsible, person(d.responsible)!)]} />
            ))}
          </ul>
        )}
    </Card>
  );
}

/**
 * The cockpit's sections as a grid of cards — a list of sections, each a `section` with a heading that carries its
 * count, a list of its most urgent items (each a link into its web part), »og N flere« and »Vis alle«.
 */
export function CockpitSections(props: ICockpitSectionsProps): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(() => cockpitClasses(theme), [theme]);
  const ctx: IContext = { classes, strings: props.strings, language: props.language, showAllHref: props.showAllHref, newWindow: props.newWindow };
  const { view, strings, language } = props;
  const when = (e: ICockpitItem<unknown>, template: string, overdue: boolean): string =>
    format(template, dayWithDistance(e.date, e.daysUntil, language, strings, overdue));
  const render = (key: CockpitSectionKey): React.ReactNode => {
    switch (key) {
      case 'wheel':
        return <WheelSection key={key} ctx={ctx} weeks={view.weeks} />;
      case 'overdueActions':
      case 'dueSoonActions': {
        const section = key === 'overdueActions' ? view.overdueActions : view.dueSoonActions;
        return (
          <Card key={key} ctx={ctx} sectionKey={key} count={section.count} kind="opgave">
            <Items ctx={ctx} section={section} empty={sectionEmpty(key, strings)} render={e => (
              <ItemLine key={e.item.id} ctx={ctx} kind="opgave" id={e.item.id} title={e.item.title} late={e.daysUntil < 0}
                facts={[when(e, strings.ActionDue, true), e.item.priority, person(e.item.assignedTo) ? format(strings.AssignedTo, person(e.item.assignedTo)!) : strings.Unassigned]} />
            )} />
          </Card>
        );
      }
      case 'inquiries':
        return (
          <Card key={key} ctx={ctx} sectionKey={key} count={view.inquiries.count} kind="henvendelse">
            <Items ctx={ctx} section={view.inquiries} empty={sectionEmpty(key, strings)} render={e => (
              <ItemLine key={e.item.inquiry.id} ctx={ctx} kind="henvendelse" id={e.item.inquiry.id}
                title={[e.item.inquiry.reference, e.item.inquiry.title].filter(Boolean).join(' · ')} late={e.item.sla.badge === 'overdue'}
                badge={<span className={e.item.sla.badge === 'overdue' ? classes.badge.overdue : classes.badge.atRisk}>
                  {e.item.sla.badge === 'overdue' ? strings.SlaOverdue : strings.SlaAtRisk}</span>}
                facts={[when(e, strings.SlaDue, true), e.item.inquiry.priority,
                  person(e.item.inquiry.assignedTo) ? format(strings.AssignedTo, person(e.item.inquiry.assignedTo)!) : strings.Unassigned]} />
            )} />
          </Card>
        );
      case 'reviews':
        return (
          <Card key={key} ctx={ctx} sectionKey={key} count={view.reviews.count} kind="proces">
            <Items ctx={ctx} section={view.reviews} empty={sectionEmpty(key, strings)} render={e => (
              <ItemLine key={e.item.id} ctx={ctx} kind="proces" id={e.item.id} title={e.item.title} late={e.daysUntil < 0}
                facts={[when(e, strings.ReviewDue, true), e.item.area, person(e.item.owner) && format(strings.Responsible, person(e.item.owner)!)]} />
            )} />
          </Card>
        );
      case 'followUps':
        return (
          <Card key={key} ctx={ctx} sectionKey={key} count={view.followUps.count} kind="beslutning">
            <Items ctx={ctx} section={view.followUps} empty={sectionEmpty(key, strings)} render={e => (
              <ItemLine key={e.item.id} ctx={ctx} kind="beslutning" id={e.item.id} title={e.item.title} late={true}
                facts={[when(e, strings.FollowUpDue, true), e.item.forum, person(e.item.responsible) && format(strings.Responsible, person(e.item.responsible)!)]} />
            )} />
          </Card>
        );
      default:
        return <BoardSection key={key} ctx={ctx} view={view} />;
    }
  };
  return <ul className={classes.grid} aria-label={strings.SectionsLabel}>{props.sections.map(render)}</ul>;
}
