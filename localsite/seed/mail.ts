import { addDays, copenhagenDateTimeToUtc } from '../../src/domain';
import type { ISiteStore } from '../server/store';
import type { ISeedContext } from './context';

/** The secretariat's shared mailbox (a mailbox principal of the local directory). */
export const SHARED_MAILBOX = 'sekretariat@os2.eu';

interface IMailText { daysAgo: number; time: string; from: { name: string; address: string }; subject: string; body: string }

/** Mail waiting in the shared mailbox's inbox: what »Hent nye e-mails« turns into inquiries. */
const MAIL: readonly IMailText[] = [
  {
    daysAgo: 3, time: '09:12', from: { name: 'Rikke Damgaard', address: 'rikke.damgaard@kolding.dk' },
    subject: 'Adgang til OS2mo for ny medarbejder',
    body: 'Hej sekretariat\n\nVi har fået en ny systemadministrator, Thomas Krag, som skal have adgang til OS2mo-projektets SharePoint og Teams.\nKan I oprette ham?\n\nVenlig hilsen\nRikke Damgaard\nKolding Kommune'
  },
  {
    daysAgo: 2, time: '13:40', from: { name: 'Økonomi, Silkeborg Kommune', address: 'kreditor@silkeborg.dk' },
    subject: 'Faktura 2026-114 — manglende EAN-nummer',
    body: 'Til OS2\n\nVi kan ikke betale faktura 2026-114, da EAN-nummeret mangler. Send venligst en ny faktura til EAN 5798005770000.\n\nMed venlig hilsen\nKreditorbogholderiet'
  },
  {
    daysAgo: 2, time: '15:05', from: { name: 'Jesper Lund', address: 'jesper.lund@version2.dk' },
    subject: 'Pressehenvendelse: OS2 og kommunernes open source-strategi',
    body: 'Hej\n\nJeg skriver en artikel om kommunernes brug af open source og vil gerne tale med jeres formand i denne uge.\nHar I mulighed for et kort interview torsdag?\n\nVh Jesper Lund, journalist, Version2'
  },
  {
    daysAgo: 1, time: '08:30', from: { name: 'Maja Holst', address: 'maja.holst@aalborg.dk' },
    subject: 'Tilmelding til OS2-konferencen for tre deltagere',
    body: 'Hej\n\nAalborg Kommune vil gerne tilmelde tre deltagere til OS2-konferencen. Er der stadig pladser, og skal vi bruge tilmeldingsformularen?\n\nMvh Maja Holst'
  },
  {
    daysAgo: 1, time: '11:55', from: { name: 'Netcompany support', address: 'support@netcompany.example' },
    subject: 'Spørgsmål om leverandøraftale for OS2forms',
    body: 'Kære OS2\n\nVi ønsker at blive godkendt som leverandør af drift på OS2forms. Hvilke krav stiller I, og hvem er kontaktperson?\n\nVenlig hilsen\nNetcompany'
  },
  {
    daysAgo: 0, time: '07:20', from: { name: 'Per Kristensen', address: 'per.kristensen@horsens.dk' },
    subject: 'Medlemskab: Horsens Kommune overvejer indmeldelse',
    body: 'Goddag\n\nHorsens Kommune overvejer at melde sig ind i OS2. Kan I sende kontingentsatserne for 2027 og vedtægterne?\n\nMed venlig hilsen\nPer Kristensen, digitaliseringschef'
  }
];

/** Delivers the demo mail to the shared mailbox's inbox; returns how many messages. */
export function seedMail(store: ISiteStore, ctx: Pick<ISeedContext, 'today'>): number {
  MAIL.forEach((m, i) => store.addMessage(SHARED_MAILBOX, {
    internetMessageId: `<demo-${i + 1}.${ctx.today}@${m.from.address.split('@')[1]}>`,
    subject: m.subject, body: m.body, from: m.from,
    receivedDateTime: copenhagenDateTimeToUtc(addDays(ctx.today, -m.daysAgo), m.time)
  }));
  return MAIL.length;
}
