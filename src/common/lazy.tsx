import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import type { ICommonStrings } from './strings';

/** What a part loaded on demand needs besides its own props: the strings for its loading and error states. */
export interface ILazyProps {
  strings: ICommonStrings;
}

/** A component whose code is fetched the first time it renders (a webpack chunk), with `preload` to start early. */
export type LazyComponent<P> = React.FC<P & ILazyProps> & {
  /** Starts fetching the code now (e.g. on hover or focus of the button that will open it). */
  preload(): void;
};

const placeholder = mergeStyles({
  position: 'fixed', top: 16, right: 16, zIndex: 1000000, padding: '12px 16px', background: 'Canvas', color: 'CanvasText',
  border: '1px solid currentColor', borderRadius: 2
});

/**
 * A part of a web part that loads on demand: `load` is a dynamic `import()` (a separate webpack chunk in the SPFx
 * build), so the part's code — a form, a panel, an exporter — is not in the first-load bundle. While it loads a small
 * announced spinner shows; if the chunk cannot be fetched (the connection dropped), a message with »Prøv igen« —
 * and, unlike `React.lazy`, trying again really fetches again. Nothing a chunk needs may depend on side effects of the
 * entry module: a chunk imports what it uses.
 *
 * ```ts
 * const ActivityFormPanel = lazyComponent(() => import(/* webpackChunkName: 'aarshjul-form' *\/ './ActivityFormPanel')
 *   .then(m => m.ActivityFormPanel));
 * ```
 */
export function lazyComponent<P extends object>(
  load: () => Promise<React.ComponentType<P>>,
  /**
   * Drawn in place while the code loads, instead of the floating spinner: for a part of the first screen (a filter
   * field) that should keep its place and look, becoming interactive a moment later.
   */
  inPlace?: React.FC<P>
): LazyComponent<P> {
  let loaded: React.ComponentType<P> | undefined;
  let pending: Promise<React.ComponentType<P>> | undefined;
  const fetchOnce = (): Promise<React.ComponentType<P>> => {
    pending = pending ?? load().then(c => { loaded = c; return c; }, (e: unknown) => { pending = undefined; throw e; });
    return pending;
  };

  function Lazy(props: P & ILazyProps): React.ReactElement {
    const [Component, setComponent] = React.useState<React.ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = React.useState<unknown>();
    const [attempt, setAttempt] = React.useState(0);
    React.useEffect(() => {
      if (Component) return undefined;
      let live = true;
      fetchOnce().then(c => { if (live) setComponent(() => c); }, (e: unknown) => { if (live) setError(e); });
      return () => { live = false; };
    }, [Component, attempt]);
    if (Component) return <Component {...props} />;
    // An element, not a call: the placeholder may use hooks of its own.
    if (inPlace && error === undefined) return React.createElement(inPlace, props);
    if (error !== undefined) {
      return (
        <div className={placeholder}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}
            actions={<DefaultButton text={props.strings.Retry} onClick={() => { setError(undefined); setAttempt(a => a + 1); }} />}>
            {props.strings.ErrorLoadingPart}
          </MessageBar>
        </div>
      );
    }
    return (
      <div className={placeholder} role="status">
        <Spinner size={SpinnerSize.small} label={props.strings.LoadingPart} ariaLive="polite" labelPosition="right" />
      </div>
    );
  }
  const component = Lazy as LazyComponent<P>;
  component.preload = () => { fetchOnce().catch(() => undefined); };
  return component;
}

/** A function loaded on demand (an exporter, a parser): `lazyFunction(() => import('./x').then(m => m.f))`. */
export function lazyFunction<A extends unknown[], R>(load: () => Promise<(...args: A) => R>): (...args: A) => Promise<R> {
  let pending: Promise<(...args: A) => R> | undefined;
  return async (...args: A): Promise<R> => {
    pending = pending ?? load().catch((e: unknown) => { pending = undefined; throw e; });
    return (await pending)(...args);
  };
}
