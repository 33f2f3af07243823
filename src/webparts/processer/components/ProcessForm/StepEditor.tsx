import * as React from 'react';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import { Icon } from '@fluentui/react/lib/Icon';
import { TextField } from '@fluentui/react/lib/TextField';
import { format } from '../../../../common/strings';
import { moveStep, moveStepTo } from '../../../../domain/processes';
import type { IFormStep } from './formModel';

/** Props of {@link StepEditor}. */
export interface IStepEditorProps {
  steps: IFormStep[];
  onChange(steps: IFormStep[]): void;
  strings: IProcesserWebPartStrings;
  /** Step title problems by the step's form key. */
  errors: Readonly<Record<string, string>>;
  announce(text: string): void;
  newStep(): IFormStep;
}

/**
 * The steps of a process in the form: edit each, add, delete, and reorder with »Flyt op« / »Flyt ned« (keyboard
 * first: focus stays on the button of the moved step, and the new position is announced) or by dragging.
 */
export function StepEditor(props: IStepEditorProps): React.ReactElement {
  const { steps, strings } = props;
  const [dragged, setDragged] = React.useState<number>();
  // Only the grip starts a drag: a draggable step would turn selecting text in its fields into dragging the step.
  const [grabbed, setGrabbed] = React.useState<number>();
  const focusAfter = React.useRef<{ uiKey: string; which: 'up' | 'down' | 'title' }>();
  const root = React.useRef<HTMLOListElement>(null);

  React.useEffect(() => {
    const target = focusAfter.current;
    if (!target || !root.current) return;
    focusAfter.current = undefined;
    const li = root.current.querySelector<HTMLElement>(`[data-step="${CSS.escape(target.uiKey)}"]`);
    const wanted = li?.querySelector<HTMLElement>(`[data-focus="${target.which}"]`);
    // A step moved to the top has no enabled »Flyt op«: focus its »Flyt ned« instead.
    const fallback = li?.querySelector<HTMLElement>(`[data-focus="${target.which === 'up' ? 'down' : 'up'}"]:not([disabled])`);
    ((wanted && !wanted.hasAttribute('disabled') ? wanted : fallback) ?? wanted)?.focus();
  });

  const update = (index: number, patch: Partial<IFormStep>): void =>
    props.onChange(steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, direction: 'up' | 'down'): void => {
    const next = moveStep(steps, index, direction);
    const to = direction === 'up' ? index - 1 : index + 1;
    focusAfter.current = { uiKey: steps[index].uiKey, which: direction };
    props.onChange(next);
    props.announce(format(strings.StepMoved, steps[index].title || format(strings.StepN, index + 1), to + 1, steps.length));
  };
  const remove = (index: number): void => {
    props.onChange(steps.filter((_, i) => i !== index));
    props.announce(format(strings.StepDeleted, steps[index].title || format(strings.StepN, index + 1)));
  };
  const add = (): void => {
    const step = props.newStep();
    focusAfter.current = { uiKey: step.uiKey, which: 'title' };
    props.onChange([...steps, step]);
  };

  return (
    <div>
      <ol ref={root} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={strings.StepsLabel}>
        {steps.map((step, index) => {
          const name = step.title || format(strings.StepN, index + 1);
          return (
            <li key={step.uiKey} data-step={step.uiKey} draggable={grabbed === index}
              onDragStart={e => {
                setDragged(index);
                e.dataTransfer.effectAllowed = 'move';
                // Firefox starts a drag only with data set.
                e.dataTransfer.setData('text/plain', name);
              }}
              onDragEnd={() => { setDragged(undefined); setGrabbed(undefined); }}
              onDragOver={e => { if (dragged !== undefined) e.preventDefault(); }}
              onDrop={e => {
                e.preventDefault();
                if (dragged !== undefined && dragged !== index) {
                  props.onChange(moveStepTo(steps, dragged, index));
                  props.announce(format(strings.StepMoved, steps[dragged].title || format(strings.StepN, dragged + 1), index + 1, steps.length));
                }
                setDragged(undefined);
                setGrabbed(undefined);
              }}
              style={{ border: '1px solid', borderRadius: 4, padding: 8, marginBottom: 8, opacity: dragged === index ? 0.5 : 1 }}>
              <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
                <legend style={{ fontWeight: 600, display: 'flex', alignItems: 'center', gap: 4, width: '100%' }}>
                  {/* Mouse only (hidden from assistive technology): the buttons beside it are the keyboard's way. */}
                  <span aria-hidden="true" title={strings.DragStep} data-drag-handle="" style={{ cursor: 'grab', padding: '4px 2px', display: 'inline-flex' }}
                    onMouseDown={() => setGrabbed(index)} onMouseUp={() => setGrabbed(undefined)}>
                    <Icon iconName="GripperDotsVertical" />
                  </span>
                  <span style={{ flex: 1 }}>{format(strings.StepN, index + 1)}</span>
                  <IconButton iconProps={{ iconName: 'ChevronUp' }} title={strings.MoveUp} ariaLabel={format(strings.MoveUpStep, name)}
                    disabled={index === 0} onClick={() => move(index, 'up')} data-focus="up" />
                  <IconButton iconProps={{ iconName: 'ChevronDown' }} title={strings.MoveDown} ariaLabel={format(strings.MoveDownStep, name)}
                    disabled={index === steps.length - 1} onClick={() => move(index, 'down')} data-focus="down" />
                  <IconButton iconProps={{ iconName: 'Delete' }} title={strings.DeleteStep} ariaLabel={format(strings.DeleteStepNamed, name)}
                    onClick={() => remove(index)} />
                </legend>
                <TextField label={strings.FieldStepTitle} required={true} value={step.title} maxLength={255}
                  errorMessage={props.errors[step.uiKey]} onChange={(_, v) => update(index, { title: v ?? '' })} data-focus="title" />
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 12px' }}>
                  <TextField label={strings.LabelRole} value={step.responsibleRole ?? ''} maxLength={255}
                    onChange={(_, v) => update(index, { responsibleRole: v ?? '' })} styles={{ root: { flex: '1 1 200px' } }} />
                  <TextField label={strings.LabelDeliverable} value={step.deliverable ?? ''} maxLength={255}
                    onChange={(_, v) => update(index, { deliverable: v ?? '' })} styles={{ root: { flex: '1 1 200px' } }} />
                </div>
                <TextField label={strings.FieldStepDescription} multiline={true} rows={2} value={step.description ?? ''}
                  onChange={(_, v) => update(index, { description: v ?? '' })} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <ActionButton iconProps={{ iconName: 'Add' }} text={strings.AddStep} onClick={add} />
    </div>
  );
}
