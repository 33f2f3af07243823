import * as React from 'react';
import { getId, hiddenContentStyle, mergeStyleSets, useTheme } from '@fluentui/react';
import type { IAgendaEntry } from '../../../../domain/meetings';
import {
  createHitTester, firstItem, lastItem, nearestItem, type HitTester, type IPlacedItem, type IWheelLayout, type NavigationDirection
} from '../../../../domain/wheel';
import type { UiLanguage } from '../../../../common/hosting';
import type { IRingColors } from '../../model/ringColors';
import { WheelBackground } from './WheelBackground';
import { selectorFor, WheelItems, type IAppearances, type IItemAppearance } from './WheelItems';
import { WheelHighlight } from './WheelHighlight';
import { WheelTooltip } from './WheelTooltip';

/** Props of {@link Wheel}. */
export interface IWheelProps {
  layout: IWheelLayout;
  entries: ReadonlyMap<string, IAgendaEntry>;
  appearance: IAppearances;
  colors: ReadonlyMap<string, IRingColors>;
  /** Shown in the hub: `2026` or `2026/27`. */
  yearLabel: string;
  /** The wheel's accessible name, e.g. "Årshjul 1. kvartal 2026". */
  label: string;
  strings: IAarshjulWebPartStrings;
  language: UiLanguage;
  /** Opens an item's details (click, Enter or Space). */
  onOpen: (key: string) => void;
  /** Speaks through the web part's live region (e.g. "no more activities that way"). */
  announce: (text: string) => void;
  /** The `<svg>`, for export. */
  svgRef?: React.RefObject<SVGSVGElement>;
  /** Every item at once, not in slices across tasks (for printing). */
  drawAll?: boolean;
}

const KEY_DIRECTIONS: Record<string, NavigationDirection> = {
  ArrowRight: 'next', ArrowLeft: 'prev', ArrowUp: 'outer', ArrowDown: 'inner'
};

/** The `data-key` of the item an event happened on, if any. */
function keyOf(target: EventTarget): string | undefined {
  const el = target instanceof Element ? target.closest('[data-key]') : undefined;
  return el?.getAttribute('data-key') ?? undefined;
}

/**
 * The annual wheel as SVG. One tab stop: Tab lands on the last focused item (or the first), the arrow keys move a
 * roving focus with `nearestItem` (left/right in time, up/down between rings), Enter/Space opens details, Escape
 * hides the tooltip. Pointer and keyboard events are handled once on the `<svg>` (by `data-key`, with the domain's
 * hit-tester for near misses), and hover/focus only re-render the small highlight and tooltip.
 */
function WheelImpl(props: IWheelProps): React.ReactElement {
  const { layout, entries, appearance, strings, onOpen, announce } = props;
  const theme = useTheme();
  const ownRef = React.useRef<SVGSVGElement>(null);
  const svgRef = props.svgRef ?? ownRef;
  const [ids] = React.useState(() => ({ help: getId('wheel-help'), tip: getId('wheel-tip') }));
  const [focusKey, setFocusKey] = React.useState<string | undefined>();
  const [hoverKey, setHoverKey] = React.useState<string | undefined>();
  const [inside, setInside] = React.useState(false);
  const [tooltipHidden, setTooltipHidden] = React.useState(false);
  const hoverRef = React.useRef<string | undefined>();
  // Built on the first pointer event, not in the first render: indexing 6,000 items is work no first frame needs.
  const hitTesterRef = React.useRef<{ layout: IWheelLayout; test: HitTester } | undefined>();
  const hitTest = (x: number, y: number): ReturnType<HitTester> => {
    if (hitTesterRef.current?.layout !== layout) hitTesterRef.current = { layout, test: createHitTester(layout) };
    return hitTesterRef.current.test(x, y);
  };
  // The items by key, made when the pointer or keyboard first needs them: a first frame does not.
  const placedRef = React.useRef<{ layout: IWheelLayout; byKey: Map<string, IPlacedItem> } | undefined>();
  const placedItem = (key: string | undefined): IPlacedItem | undefined => {
    if (key === undefined) return undefined;
    if (placedRef.current?.layout !== layout) placedRef.current = { layout, byKey: new Map(layout.items.map(i => [i.key, i])) };
    return placedRef.current.byKey.get(key);
  };
  const classes = React.useMemo(() => mergeStyleSets({
    root: { position: 'relative', maxWidth: 880, margin: '0 auto' },
    svg: {
      display: 'block', width: '100%', height: 'auto', touchAction: 'manipulation', outline: 'none',
      selectors: { '.aarshjul-item': { cursor: 'pointer', outline: 'none' } }
    },
    help: hiddenContentStyle
  }), []);

  const focusItem = React.useCallback((key: string | undefined): boolean => {
    const el = key ? svgRef.current?.querySelector<SVGElement>(selectorFor(key)) : null;
    if (!el) return false;
    el.focus();
    return true;
  }, [svgRef]);

  const setHover = (key: string | undefined): void => {
    if (hoverRef.current === key) return;
    hoverRef.current = key;
    setHoverKey(key);
    setTooltipHidden(false);
  };

  /** The item under the pointer: the element itself, or the closest item the hit-tester finds (small markers). */
  const itemAt = (e: React.MouseEvent<SVGSVGElement>): string | undefined => {
    const direct = keyOf(e.target);
    if (direct) return direct;
    const svg = svgRef.current;
    const matrix = svg && typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
    if (!svg || !matrix) return undefined;
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    return hitTest(point.x, point.y)?.key;
  };

  const onFocus = (e: React.FocusEvent<SVGSVGElement>): void => {
    const key = keyOf(e.target);
    if (key) {
      setFocusKey(key);
      setInside(true);
      setTooltipHidden(false);
    } else if (e.target === svgRef.current) {
      // Tab reached the wheel: hand focus to the remembered item, or the first one.
      if (!focusItem(focusKey) && !focusItem(firstItem(layout)?.key)) setInside(true);
    }
  };

  const onBlur = (e: React.FocusEvent<SVGSVGElement>): void => {
    if (!svgRef.current?.contains(e.relatedTarget as Node | null)) setInside(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<SVGSVGElement>): void => {
    const current = placedItem(focusKey) ? focusKey : undefined;
    const direction = KEY_DIRECTIONS[e.key];
    if (direction) {
      e.preventDefault();
      const target = current ? nearestItem(layout, current, direction) : firstItem(layout);
      // No item that way is the end of the wheel; an item whose element is still being built (the first moments after
      // the data, see WheelItems) is not.
      if (!target) announce(strings.WheelEnd);
      else focusItem(target.key);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusItem((e.key === 'Home' ? firstItem(layout) : lastItem(layout))?.key);
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      onOpen(current);
    } else if (e.key === 'Escape') {
      setTooltipHidden(true);
    }
  };

  const focused = inside ? placedItem(focusKey) : undefined;
  const hovered = placedItem(hoverKey);
  const tipItem = tooltipHidden ? undefined : hovered ?? focused;
  const tipEntry = tipItem ? entries.get(tipItem.key) : undefined;
  const focusColor = theme.semanticColors.focusBorder;
  const shapeOf = (key: string): IItemAppearance['shape'] => appearance.get(key)?.shape ?? 'deadline';

  return (
    <div className={classes.root}>
      <span id={ids.help} className={classes.help}>{strings.WheelInstructions}</span>
      <svg ref={svgRef} className={classes.svg} viewBox={`0 0 ${layout.size} ${layout.size}`}
        role="application" aria-label={props.label}
        aria-describedby={ids.help} tabIndex={inside ? -1 : 0} fontFamily={theme.fonts.medium.fontFamily}
        onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}
        onPointerMove={e => setHover(itemAt(e))} onPointerLeave={() => setHover(undefined)}
        onClick={e => { const key = itemAt(e); if (key) { focusItem(key); onOpen(key); } }}>
        <WheelBackground layout={layout} colors={props.colors} theme={theme} yearLabel={props.yearLabel} todayLabel={strings.Today} />
        <WheelItems items={layout.items} appearance={appearance} colors={props.colors} hollowFill={theme.semanticColors.bodyBackground}
          all={props.drawAll} />
        {hovered && hovered !== focused && (
          <WheelHighlight item={hovered} shape={shapeOf(hovered.key)} color={focusColor} inner={theme.semanticColors.bodyBackground} variant="hover" />
        )}
        {focused && (
          <WheelHighlight item={focused} shape={shapeOf(focused.key)} color={focusColor} inner={theme.semanticColors.bodyBackground} variant="focus" />
        )}
      </svg>
      {tipItem && tipEntry && (
        <WheelTooltip id={ids.tip} entry={tipEntry} item={tipItem} size={layout.size} strings={strings} language={props.language} />
      )}
    </div>
  );
}

/** See {@link WheelImpl}; memoised so opening a panel or typing in a form never re-renders the wheel. */
export const Wheel = React.memo(WheelImpl);
