import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '../../../../common/strings';
import type { IProcessStep } from '../../../../domain/models';
import { swimLaneLayout } from '../../../../domain/processes';

/** Props of {@link StepsView}. */
export interface IStepsViewProps {
  steps: readonly IProcessStep[];
  strings: IProcesserOwnStrings;
  showSwimLanes: boolean;
}

/** Breaks a title into at most three lines of about `max` characters for an SVG box (the list has the full text). */
function lines(text: string, max = 22): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max && line) {
      out.push(line);
      line = word;
    } else {
      line = (line + ' ' + word).trim();
    }
  }
  if (line) out.push(line);
  return out.length > 3 ? [...out.slice(0, 2), `${out[2]}…`] : out;
}

/**
 * The steps in order — an ordered list with responsible role and deliverable, the accessible form — and the same
 * steps as a swim-lane diagram by role (SVG, hidden from screen readers: it repeats the list).
 */
export function StepsView(props: IStepsViewProps): React.ReactElement {
  const { steps, strings } = props;
  const theme = useTheme();
  if (steps.length === 0) return <p>{strings.NoSteps}</p>;
  const layout = swimLaneLayout(steps);
  const c = theme.semanticColors;
  return (
    <>
      <ol data-testid="process-steps" style={{ paddingLeft: 24 }}>
        {steps.map(s => (
          <li key={s.id} style={{ marginBottom: 8 }}>
            <strong>{s.title}</strong>
            <div style={{ fontSize: 13 }}>
              {s.responsibleRole && <span>{strings.LabelRole}: {s.responsibleRole}. </span>}
              {s.deliverable && <span>{strings.LabelDeliverable}: {s.deliverable}.</span>}
            </div>
            {s.description && <div style={{ fontSize: 13 }}>{s.description}</div>}
          </li>
        ))}
      </ol>
      {props.showSwimLanes && (
        <figure style={{ margin: '12px 0' }}>
          <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{format(strings.SwimLaneCaption, layout.lanes.length)}</figcaption>
          {/* Focusable so a keyboard can scroll a wide diagram (WCAG 2.1.1); the list above is the accessible equal. */}
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-label={format(strings.SwimLaneCaption, layout.lanes.length)}>
            <svg width={layout.width} height={layout.height} aria-hidden="true" focusable="false" data-testid="swim-lanes"
              style={{ display: 'block', fontFamily: 'inherit', fontSize: 12 }}>
              <defs>
                <marker id="proc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill={c.bodyText} />
                </marker>
              </defs>
              {layout.lanes.map(lane => (
                <g key={lane.key}>
                  <rect x={0} y={lane.y} width={layout.width} height={lane.height} fill={lane.index % 2 ? c.bodyBackground : c.bodyStandoutBackground}
                    stroke={c.bodyDivider} />
                  {lines(lane.noRole ? strings.NoRole : lane.role ?? '', 20).map((l, i) => (
                    <text key={i} x={8} y={lane.y + 20 + i * 15} fill={c.bodyText} fontWeight={600}>{l}</text>
                  ))}
                </g>
              ))}
              {layout.connectors.map(con => (
                <polyline key={con.from} points={con.points.map(p => `${p.x},${p.y}`).join(' ')} fill="none"
                  stroke={c.bodyText} strokeWidth={1.5} markerEnd="url(#proc-arrow)" />
              ))}
              {layout.boxes.map(box => (
                <g key={box.step.id}>
                  <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={4} fill={c.bodyBackground} stroke={c.inputBorder ?? c.bodyText} />
                  {lines(`${box.column + 1}. ${box.step.title}`).map((l, i) => (
                    <text key={i} x={box.x + 8} y={box.y + 18 + i * 15} fill={c.bodyText}>{l}</text>
                  ))}
                </g>
              ))}
            </svg>
          </div>
        </figure>
      )}
    </>
  );
}
