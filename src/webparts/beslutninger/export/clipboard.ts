import { htmlToText } from './documents';

/**
 * Copies HTML with a plain-text alternative, so Outlook and Word paste the formatting and a text field the text.
 * Falls back to plain text where `ClipboardItem` is missing. Rejects when the browser refuses.
 */
export async function copyHtml(html: string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error('No clipboard');
  const Item = (globalThis as { ClipboardItem?: new (items: Record<string, Blob>) => unknown }).ClipboardItem;
  if (Item && clipboard.write) {
    await clipboard.write([new Item({
      'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([htmlToText(html)], { type: 'text/plain' })
    }) as ClipboardItem]);
    return;
  }
  await clipboard.writeText(htmlToText(html));
}

/** Prints the HTML alone (not the page around it), through a hidden frame: works in SharePoint and Teams alike. */
export function printHtml(html: string, title: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.appendChild(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) {
    document.body.removeChild(frame);
    return;
  }
  doc.open();
  doc.write(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title></head><body>${html}</body></html>`);
  doc.close();
  win.focus();
  win.print();
  setTimeout(() => document.body.removeChild(frame), 1000);
}
