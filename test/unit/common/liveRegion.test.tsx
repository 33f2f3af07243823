import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { LiveRegion, useAnnouncer, type IAnnouncer } from '../../../src/common/LiveRegion';

describe('LiveRegion and useAnnouncer', () => {
  test('announcing re-renders the live region alone, not the component that holds it', () => {
    let renders = 0;
    let announcer: IAnnouncer | undefined;
    function Holder(): React.ReactElement {
      renders++;
      announcer = useAnnouncer();
      return <div><p>Årshjul</p><LiveRegion announcer={announcer} /></div>;
    }
    render(<Holder />);
    const first = announcer;
    act(() => announcer!.announce('Viser 6.000 aktiviteter'));
    expect(screen.getByRole('status')).toHaveTextContent('Viser 6.000 aktiviteter');
    expect(renders).toBe(1);
    expect(announcer).toBe(first);
  });

  test('what is said before the region listens (in the first render\'s effects) is kept and spoken', () => {
    function Early(): React.ReactElement {
      const announcer = useAnnouncer();
      // Announced in the first render's effects, before (or as) the region starts listening.
      React.useEffect(() => announcer.announce('Gemt'), [announcer]);
      return <LiveRegion announcer={announcer} />;
    }
    render(<Early />);
    expect(screen.getByRole('status').textContent).toBe('Gemt');
  });

  test('an unbound announce works (passed on as a prop), and repeating a text changes the region', () => {
    let say: ((text: string) => void) | undefined;
    function Holder(): React.ReactElement {
      const announcer = useAnnouncer();
      say = announcer.announce;
      return <LiveRegion announcer={announcer} />;
    }
    render(<Holder />);
    act(() => say!('Trin tilføjet'));
    expect(screen.getByRole('status').textContent).toBe('Trin tilføjet');
    act(() => say!('Trin tilføjet'));
    expect(screen.getByRole('status').textContent).toBe('Trin tilføjet\u00a0');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });
});
