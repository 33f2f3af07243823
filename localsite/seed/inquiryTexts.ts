import type { Channel, InquiryCategory, InquiryStatus, Priority } from '../../src/domain/models';
import type { IDemoPeople } from './context';

/** A demo inquiry; `daysAgo` is when it was received, counted back from the seeding day. */
export interface IInquiryText {
  title: string;
  description: string;
  organisation: string;
  requesterName: string;
  requesterEmail: string;
  channel: Channel;
  category: InquiryCategory;
  status: InquiryStatus;
  priority: Priority;
  assignedTo?: keyof IDemoPeople;
  daysAgo: number;
  /** Days from receipt to closing (closed ones); default a quarter of `daysAgo`, at least one. */
  closeAfterDays?: number;
  /** The answer given (solved and closed inquiries). */
  response?: string;
}

type Row = [string, string, string, string, string, Channel, InquiryCategory, InquiryStatus, Priority, (keyof IDemoPeople) | '', number, string?];

/*
 * Subject, description, organisation, requester, e-mail, channel, category, status, priority, assignee, days ago,
 * response. The people are invented; the organisations are real members and fictional suppliers. Open inquiries
 * received three weeks ago or more (four of them) are past their five-business-day deadline in any week of the year.
 */
const ROWS: readonly Row[] = [
  ['Spørgsmål om indmeldelse i OS2', 'Vi overvejer at blive medlem og vil gerne høre om kontingent og forpligtelser.', 'Syddjurs Kommune', 'Helle Bundgaard', 'hbu@syddjurs.dk', 'E-mail', 'Medlemskab', 'Ny', 'SHOULD', '', 0],
  ['Adgang til OS2forms-dokumentation', 'Kan vi få adgang til den interne dokumentation for OS2forms?', 'Ballerup Kommune', 'Kasper Lund', 'kalu@balk.dk', 'Webformular', 'Produkter og samarbejder', 'Ny', 'COULD', '', 1],
  ['Faktura mangler EAN-nummer', 'Fakturaen for kontingent er sendt uden vores EAN-nummer og kan ikke modtages.', 'Aarhus Kommune', 'Rikke Thomsen', 'rith@aarhus.dk', 'E-mail', 'Økonomi og fakturering', 'Ny', 'MUST', 'mette', 1],
  ['Pressespørgsmål om OS2iot', 'Journalist spørger til antallet af kommuner, der bruger OS2iot.', 'Kommunalt Nyt', 'Peter Vang', 'pv@kommunaltnyt.example', 'Telefon', 'Presse og kommunikation', 'Ny', 'SHOULD', 'jonas', 2],
  ['Ønske om oplæg på OS2konferencen', 'Vi vil gerne fortælle om vores erfaringer med OS2mo.', 'Aalborg Kommune', 'Mads Kristensen', 'mk@aalborg.dk', 'Webformular', 'Arrangementer', 'Ny', 'COULD', '', 2],
  ['Henvendelse om databehandleraftale', 'Vi har ikke modtaget den opdaterede databehandleraftale for OS2forms.', 'Gladsaxe Kommune', 'Line Holm', 'liho@gladsaxe.dk', 'E-mail', 'Jura og udbud', 'Ny', 'MUST', '', 23],
  ['Rettelse af kontaktperson', 'Vores kontaktperson til fællesskabet er skiftet.', 'Holbæk Kommune', 'Jens Mikkelsen', 'jemi@holb.dk', 'Teams', 'Medlemskab', 'Ny', "WON'T", '', 3],

  ['Tilslutning til styregruppen for OS2mo', 'Vi ønsker at få en plads i styregruppen for OS2mo.', 'Odense Kommune', 'Trine Møller', 'trmo@odense.dk', 'E-mail', 'Produkter og samarbejder', 'Under behandling', 'SHOULD', 'lars', 4],
  ['Betalingspåmindelse modtaget ved en fejl', 'Vi har betalt kontingentet, men har modtaget en rykker.', 'Vejle Kommune', 'Søren Dam', 'soda@vejle.dk', 'Telefon', 'Økonomi og fakturering', 'Under behandling', 'MUST', 'mette', 5],
  ['Deltagelse i netværksdag', 'Kan vi deltage med tre personer i netværksdagen?', 'Sønderborg Kommune', 'Anja Frost', 'anfr@sonderborg.dk', 'Webformular', 'Arrangementer', 'Under behandling', 'COULD', 'jonas', 6],
  ['Udbudsspørgsmål om hosting', 'Leverandør spørger til tidsplanen for udbuddet af hosting.', 'Kodeværket ApS', 'Nikolaj Berg', 'nb@kodevaerket.example', 'E-mail', 'Jura og udbud', 'Under behandling', 'SHOULD', 'lars', 5],
  ['Fejl i tilmeldingsformular', 'Tilmeldingsformularen til konferencen afviser vores EAN-nummer.', 'Frederiksberg Kommune', 'Camilla Holt', 'caho@frederiksberg.dk', 'Teams', 'Arrangementer', 'Under behandling', 'MUST', 'jonas', 12],
  ['Ønske om fælles indkøb af licenser', 'Flere kommuner vil gerne købe supportlicenser i fællesskab.', 'Herning Kommune', 'Bo Andersen', 'boan@herning.dk', 'Møde', 'Produkter og samarbejder', 'Under behandling', 'SHOULD', 'lars', 21],
  ['Spørgsmål til vedtægtsændring', 'Hvordan skal den nye paragraf om digitale generalforsamlinger forstås?', 'Rudersdal Kommune', 'Ulla Winther', 'ulwi@rudersdal.dk', 'E-mail', 'Jura og udbud', 'Under behandling', 'SHOULD', 'lars', 2],
  ['Opdatering af kommunens logo på os2.eu', 'Vi har fået nyt logo og vil gerne have det opdateret.', 'Københavns Kommune', 'Ahmed Hassan', 'ahha@kk.dk', 'Webformular', 'Presse og kommunikation', 'Under behandling', 'COULD', 'jonas', 4],
  ['Afregning af rejseudgifter', 'Bestyrelsesmedlem spørger til afregning af rejse til strategiseminaret.', 'Region Midtjylland', 'Pia Nørgaard', 'pino@rm.dk', 'E-mail', 'Økonomi og fakturering', 'Under behandling', 'COULD', 'mette', 13],
  ['Forslag til nyt produktfællesskab', 'Vi foreslår et fællesskab om en løsning til booking af lokaler.', 'Syddjurs Kommune', 'Ole Jepsen', 'olje@syddjurs.dk', 'Møde', 'Andet', 'Under behandling', "WON'T", 'lars', 6],

  ['Manglende svar fra leverandør', 'Kommunen har ikke fået svar fra leverandøren på en supportsag i OS2forms.', 'Aarhus Kommune', 'Mette Skov', 'mesk@aarhus.dk', 'E-mail', 'Produkter og samarbejder', 'Afventer svar', 'SHOULD', 'mette', 5],
  ['Kontingent for regioner', 'Hvordan beregnes kontingentet for en region?', 'Region Midtjylland', 'Lene Bach', 'leba@rm.dk', 'Telefon', 'Medlemskab', 'Afventer svar', 'SHOULD', 'mette', 3],
  ['Kreditnota ønskes', 'Vi ønsker en kreditnota for dobbeltfaktureret kontingent.', 'Ballerup Kommune', 'Henrik Due', 'hedu@balk.dk', 'E-mail', 'Økonomi og fakturering', 'Afventer svar', 'MUST', 'mette', 6],
  ['Interview til fagblad', 'Fagbladet ønsker et interview med formanden om fællesskabets strategi.', 'Kommunalt Nyt', 'Sara Lind', 'sl@kommunaltnyt.example', 'E-mail', 'Presse og kommunikation', 'Afventer svar', 'COULD', 'jonas', 4],
  ['Hotelaftale til konferencen', 'Hotellet afventer endelig bekræftelse af antal værelser.', 'Hotel Nordlys', 'Frank Olsen', 'fo@hotelnordlys.example', 'Telefon', 'Arrangementer', 'Afventer svar', 'SHOULD', 'jonas', 33],
  ['Spørgsmål om licens for OS2iot', 'Er det tilladt at videreudvikle OS2iot i et privat repository?', 'Datahavn A/S', 'Ida Kjeldsen', 'ik@datahavn.example', 'Teams', 'Jura og udbud', 'Afventer svar', 'COULD', 'lars', 48],
  ['Udmeldelse overvejes', 'Kommunen overvejer at melde sig ud og ønsker et møde.', 'Holbæk Kommune', 'Per Riis', 'peri@holb.dk', 'Møde', 'Medlemskab', 'Afventer svar', 'MUST', 'lars', 12],

  ['Login til medlemsområdet', 'Vi kan ikke logge ind på medlemsområdet.', 'Vejle Kommune', 'Tina Brandt', 'tibr@vejle.dk', 'Teams', 'Andet', 'Løst', 'SHOULD', 'mette', 3, 'Adgangen er nulstillet, og der er sendt et nyt link.'],
  ['Faktura til forkert afdeling', 'Kontingentfakturaen er sendt til borgerservice.', 'Odense Kommune', 'Lars Winther', 'lawi@odense.dk', 'E-mail', 'Økonomi og fakturering', 'Løst', 'SHOULD', 'mette', 14, 'Fakturaen er annulleret og sendt igen til økonomiafdelingens EAN.'],
  ['Program for OS2konferencen', 'Hvornår offentliggøres programmet?', 'Aalborg Kommune', 'Nanna Berg', 'nabe@aalborg.dk', 'Webformular', 'Arrangementer', 'Løst', 'COULD', 'jonas', 19, 'Programmet offentliggøres, når tilmeldingen åbner. Vi sender besked.'],
  ['Brug af OS2-logo', 'Må vi bruge OS2-logoet i en præsentation?', 'Gladsaxe Kommune', 'Emil Juhl', 'emju@gladsaxe.dk', 'E-mail', 'Presse og kommunikation', 'Løst', "WON'T", 'jonas', 27, 'Ja, logoet og retningslinjerne ligger på os2.eu under Presse.'],
  ['Ændring af medlemskategori', 'Vi er vokset over 50.000 indbyggere.', 'Rudersdal Kommune', 'Malene Ravn', 'mara@rudersdal.dk', 'Telefon', 'Medlemskab', 'Løst', 'SHOULD', 'mette', 38, 'Medlemskategorien er ændret fra næste opkrævning.'],
  ['Spørgsmål om udbudsregler', 'Skal kommunen selv udbyde drift, når løsningen er fælles?', 'Sønderborg Kommune', 'Jakob Hald', 'jaha@sonderborg.dk', 'Møde', 'Jura og udbud', 'Løst', 'MUST', 'lars', 45, 'Nej, fællesskabets rammeaftale dækker. Notat fra advokaten er vedlagt.'],
  ['Ny kontaktperson for OS2mo', 'Vi har fået ny systemejer for OS2mo.', 'Herning Kommune', 'Kirsten Lau', 'kila@herning.dk', 'E-mail', 'Produkter og samarbejder', 'Løst', 'COULD', 'mette', 52, 'Kontaktlisten og styregruppens mailingliste er opdateret.'],
  ['Bidrag til nyhedsbrevet', 'Vi vil gerne bidrage med en case om OS2forms.', 'Københavns Kommune', 'Maria Dahl', 'mada@kk.dk', 'Webformular', 'Presse og kommunikation', 'Løst', 'COULD', 'jonas', 64, 'Tak! Casen bringes i næste nummer.'],
  ['Tilbud på konferencelokaler', 'Konferencecentret sender tilbud og beder om svar.', 'Konferencecenter Fjord', 'Hans Bay', 'hb@fjordkonference.example', 'E-mail', 'Arrangementer', 'Løst', 'SHOULD', 'jonas', 80, 'Tilbuddet er accepteret på vegne af sekretariatet.'],

  ['Dobbelt registrering af henvendelse', 'Samme spørgsmål modtaget to gange.', 'Aarhus Kommune', 'Rikke Thomsen', 'rith@aarhus.dk', 'E-mail', 'Andet', 'Lukket', "WON'T", 'mette', 8, 'Lukket som dublet.'],
  ['Tilmelding til nyhedsbrev', 'Ønsker at modtage nyhedsbrevet.', 'Frederiksberg Kommune', 'Jonas Brix', 'jobr@frederiksberg.dk', 'Webformular', 'Presse og kommunikation', 'Lukket', 'COULD', 'jonas', 16, 'Tilmeldt.'],
  ['Spørgsmål om generalforsamling', 'Hvornår er fristen for forslag?', 'Syddjurs Kommune', 'Helle Bundgaard', 'hbu@syddjurs.dk', 'Telefon', 'Medlemskab', 'Lukket', 'SHOULD', 'mette', 29, 'Fristen er fire uger før generalforsamlingen, jf. vedtægterne.'],
  ['Samarbejde om OS2iot-sensorer', 'Leverandør ønsker at præsentere nye sensorer for fællesskabet.', 'Nordlys IT ApS', 'Kim Sand', 'ks@nordlysit.example', 'Møde', 'Produkter og samarbejder', 'Lukket', "WON'T", 'lars', 42, 'Henvist til styregruppen for OS2iot.'],
  ['Revisionspåtegning', 'Revisor beder om underskrevet ledelseserklæring.', 'Revisionsfirmaet Tal & Tryk', 'Eva Nygaard', 'en@taltryk.example', 'E-mail', 'Økonomi og fakturering', 'Lukket', 'MUST', 'lars', 57, 'Ledelseserklæringen er underskrevet og sendt.'],
  ['Forespørgsel om aktindsigt', 'Anmodning om aktindsigt i bestyrelsens referater.', 'Ballerup Kommune', 'Finn Rask', 'fira@balk.dk', 'E-mail', 'Jura og udbud', 'Lukket', 'SHOULD', 'lars', 70, 'Referaterne er offentlige og sendt med link til os2.eu.'],
  ['Ønske om Teams-møde om medlemskab', 'Vil gerne drøfte fordele ved medlemskab.', 'Odense Kommune', 'Lis Kjær', 'liskj@odense.dk', 'Teams', 'Medlemskab', 'Lukket', 'COULD', 'mette', 88, 'Møde afholdt; kommunen melder tilbage efter budgetforhandlingerne.']
];

/** About forty inquiries in every status, channel and category, received over the last three months. */
export const INQUIRY_TEXTS: readonly IInquiryText[] = ROWS.map(
  ([title, description, organisation, requesterName, requesterEmail, channel, category, status, priority, assignee, daysAgo, response]) => ({
    title, description, organisation, requesterName, requesterEmail, channel, category, status, priority,
    assignedTo: assignee === '' ? undefined : assignee, daysAgo, response
  })
);
