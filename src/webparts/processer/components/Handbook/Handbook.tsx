import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { mergeStyles, type ITheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { UiLanguage } from '../../../../common/hosting';
import { ErrorView, LoadingView } from '../../../../common/StateViews';
import { useAsync } from '../../../../common/useAsync';
import type { IProcess, IProcessStep, IsoDate } from '../../../../domain/models';
import type { IServices } from '../../../../services';
import { handbookHtml, printHtml } from '../../model/print';

/**
 * The handbook on screen, laid out as it prints (model/print.ts): facts as label–value rows, not a bare definition
 * list; links in the theme's link colour (the browser's blue is unreadable on Teams' dark panel). Its own title is the
 * panel's, so the printed page's heading is not shown twice.
 */
function previewClassFor(theme: ITheme): string {
  return mergeStyles({
    selectors: {
      '& > h1': { display: 'none' },
      '& dl': { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '8px 0' },
      '& dt': { fontWeight: 600 },
      '& dd': { margin: 0 },
      '& ol li': { marginBottom: 6 },
      '& a, & a:visited': { color: theme.semanticColors.link },
      '& a:hover, & a:focus': { color: theme.semanticColors.linkHovered },
      '& section.process': { borderTop: '1px solid currentColor', marginTop: 24 }
    }
  });
}

/** Props of {@link Handbook}. */
export interface IHandbookProps {
  services: IServices;
  strings: IProcesserWebPartStrings;
  language: UiLanguage;
  today: IsoDate;
  /** The published processes. */
  processes: readonly IProcess[];
  onClose(): void;
}

/**
 * The process handbook: every published process with a table of contents by area, each process on its own printed
 * page. The descriptions are fetched with the steps (the catalogue reads no rich text); all of it is sanitised.
 */
export function Handbook(props: IHandbookProps): React.ReactElement {
  const { services, strings, language } = props;
  const [blocked, setBlocked] = React.useState(false);
  const theme = useTheme();
  const previewClass = React.useMemo(() => previewClassFor(theme), [theme]);
  const load = useAsync(async signal => {
    const [steps, full] = await Promise.all([
      services.processData.loadStepTexts(signal),
      services.repositories.processes.query({ pageSize: 5000 }, signal)
    ]);
    const byProcess = new Map<number, IProcessStep[]>();
    for (const s of steps) if (s.process) byProcess.set(s.process.id, [...(byProcess.get(s.process.id) ?? []), s as IProcessStep]);
    byProcess.forEach(list => list.sort((a, b) => a.stepNumber - b.stepNumber || a.id - b.id));
    const published = new Set(props.processes.map(p => p.id));
    const html = handbookHtml(full.filter(p => published.has(p.id) && p.status === 'Godkendt'), id => byProcess.get(id) ?? [], strings, language, props.today);
    return html;
  }, [services]);
  return (
    <Panel isOpen={true} type={PanelType.large} onDismiss={props.onClose} headerText={strings.HandbookTitle} closeButtonAriaLabel={strings.Close}>
      {load.status === 'error' ? <ErrorView error={load.error} strings={strings} isEditMode={false} onRetry={load.reload} />
        : !load.value ? <LoadingView label={strings.Loading} /> : (
          <>
            <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
              <PrimaryButton text={strings.Print} iconProps={{ iconName: 'Print' }}
                onClick={() => setBlocked(printHtml(strings.HandbookTitle, load.value as string, language) === undefined)} />
              <DefaultButton text={strings.Close} onClick={props.onClose} />
            </div>
            {blocked && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setBlocked(false)}>{strings.PrintBlocked}</MessageBar>}
            {/* Built from escaped text and DOMPurify-sanitised descriptions (model/print.ts). */}
            <div data-testid="handbook" className={previewClass} dangerouslySetInnerHTML={{ __html: load.value }} />
          </>
        )}
    </Panel>
  );
}
