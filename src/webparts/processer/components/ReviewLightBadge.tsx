import * as React from 'react';
import type { UiLanguage } from '../../../common/hosting';
import { format } from '../../../common/strings';
import { formatDay } from '../../../common/formatDate';
import type { IReviewLight } from '../../../domain/processes';
import { lightLabel } from '../model/labels';

/** Fill colours of the lights; the text beside the dot carries the meaning (never colour alone). */
const COLOURS: Record<IReviewLight['light'], string> = {
  green: '#107c10', yellow: '#f2c811', red: '#d13438', notReviewed: '#8a8886', retired: '#8a8886'
};

/** Props of {@link ReviewLightBadge}. */
export interface IReviewLightBadgeProps {
  light: IReviewLight;
  strings: IProcesserOwnStrings;
  language: UiLanguage;
}

/** The review light: a dot in the light's colour and what it means, with the due date when there is one. */
export function ReviewLightBadge(props: IReviewLightBadgeProps): React.ReactElement {
  const { light, strings } = props;
  const due = light.dueDate ? format(strings.LightDue, formatDay(light.dueDate, props.language)) : '';
  return (
    <span data-light={light.light} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <svg width="10" height="10" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
        <circle cx="5" cy="5" r="4.5" fill={COLOURS[light.light]} stroke="currentColor" strokeWidth="0.5" />
      </svg>
      <span>{lightLabel(light.light, strings)}{due ? ` (${due})` : ''}</span>
    </span>
  );
}
