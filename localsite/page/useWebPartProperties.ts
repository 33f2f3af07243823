import * as React from 'react';
import type { IRegisteredWebPart } from './webparts';

type Props = Record<string, unknown>;

const storageKey = (id: string): string => `localsite:properties:${id}`;

/** A web part's saved properties over its defaults (a newly added property takes its default). */
function readStored(part: IRegisteredWebPart): Props {
  const defaults = { ...part.definition.defaults, ...part.pageProperties };
  try {
    const raw = window.localStorage.getItem(storageKey(part.definition.id));
    const saved = raw ? JSON.parse(raw) as unknown : undefined;
    return saved && typeof saved === 'object' && !Array.isArray(saved) ? { ...defaults, ...(saved as Props) } : { ...defaults };
  } catch {
    // Unreadable storage (private mode, corrupt JSON) means "not configured yet", as for a new web part.
    return { ...defaults };
  }
}

/**
 * Each web part's properties, kept in `localStorage` like SharePoint keeps them in the page: the editor's changes
 * apply at once and survive a reload. Returns the properties by web part id and a setter for one property.
 */
export function useWebPartProperties(parts: IRegisteredWebPart[]): [Record<string, Props>, (id: string, name: string, value: unknown) => void] {
  const [all, setAll] = React.useState<Record<string, Props>>(() =>
    Object.fromEntries(parts.map(p => [p.definition.id, readStored(p)])));
  const set = React.useCallback((id: string, name: string, value: unknown) => {
    setAll(previous => {
      const next = { ...previous[id], [name]: value };
      try {
        window.localStorage.setItem(storageKey(id), JSON.stringify(next));
      } catch {
        // Storage full or blocked: the change still applies for this visit.
      }
      return { ...previous, [id]: next };
    });
  }, []);
  return [all, set];
}
