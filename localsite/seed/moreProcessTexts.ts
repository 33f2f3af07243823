import type { IProcessText } from './processTexts';

const KOORDINATOR = 'Forretningskoordinator';
const CHEF = 'Sekretariatschef';
const KOMMUNIKATION = 'Kommunikationskonsulent';
const OEKONOMI = 'Økonomimedarbejder';
const STYREGRUPPE = 'Styregruppeformand';

/**
 * The rest of the OS2 secretariat's process catalogue, so the demo has about 25 processes over the four areas:
 * products' steering groups, procurement, GDPR, finances and communication — with deputies, onboarding weeks, drafts
 * and reviews falling due.
 */
export const MORE_PROCESS_TEXTS: readonly IProcessText[] = [
  {
    key: 'newProduct', title: 'Optagelse af et nyt produkt i fællesskabet', area: 'Beslutninger og opfølgning', owner: 'lars', deputy: 'mette',
    status: 'Godkendt', version: '2.0', reviewIntervalMonths: 24, review: 'ok', onboarding: true, onboardingWeek: 4, priority: 'MUST',
    purpose: 'Sikrer at et nyt open source-produkt har kommuner, styregruppe og økonomi, før det bliver et OS2-produkt.',
    trigger: 'En ansøgning fra mindst tre kommuner om at optage et produkt.',
    outcome: 'Bestyrelsens beslutning, oprettet produktfællesskab med styregruppe og kommissorium.',
    description: '<p>Et produkt optages efter bestyrelsens <strong>kriterier for modenhed</strong>: åben licens, mindst tre kommuner og en plan for drift.</p>',
    steps: [
      ['Modtag og registrér ansøgningen', KOORDINATOR, 'Registreret henvendelse'],
      ['Vurdér produktet mod modenhedskriterierne', CHEF, 'Vurderingsnotat'],
      ['Forelæg indstilling for bestyrelsen', CHEF, 'Bestyrelsessag'],
      ['Etabler styregruppe og kommissorium', STYREGRUPPE, 'Kommissorium'],
      ['Offentliggør produktet på os2.eu', KOMMUNIKATION, 'Produktside']
    ]
  },
  {
    key: 'steeringGroup', title: 'Styregruppemøder i produktfællesskaberne', area: 'Årshjul og mødeforum', owner: 'mette', deputy: 'jonas',
    status: 'Godkendt', version: '1.2', reviewIntervalMonths: 12, review: 'soon', onboarding: true, onboardingWeek: 2, priority: 'SHOULD',
    purpose: 'Giver styregrupperne ensartede møder med dagsorden, roadmap og økonomiopfølgning.',
    trigger: 'Mødeplanen i årshjulet: fire møder om året pr. produkt.',
    outcome: 'Referat med beslutninger registreret i Koordinator.',
    description: '<p>Sekretariatet understøtter styregrupperne for bl.a. OS2mo, OS2forms og OS2iot.</p>',
    steps: [
      ['Aftal dagsorden med styregruppeformanden', STYREGRUPPE, 'Dagsorden'],
      ['Udsend materiale en uge før', KOORDINATOR, 'Mødemateriale'],
      ['Afhold mødet', STYREGRUPPE, 'Referat'],
      ['Registrér beslutninger og opgaver', KOORDINATOR, 'Beslutninger i Koordinator']
    ]
  },
  {
    key: 'procurement', title: 'Fælles udbud af udvikling og drift', area: 'Beslutninger og opfølgning', owner: 'lars', deputy: 'mette',
    status: 'Godkendt', version: '1.1', reviewIntervalMonths: 12, review: 'overdue', priority: 'MUST',
    purpose: 'Udbud på vegne af fællesskabet følger udbudsloven og fællesskabets principper for åben kildekode.',
    trigger: 'En styregruppe beslutter at købe udvikling eller drift over tærskelværdien.',
    outcome: 'Indgået kontrakt med leverandør og offentliggjort udbudsmateriale.',
    description: '<p>Ved udbud over tærskelværdien bruges et udbudsjuridisk rådgiverfirma. Kildekoden skal altid frigives under en åben licens.</p>',
    steps: [
      ['Afklar behov og budget med styregruppen', STYREGRUPPE, 'Behovsbeskrivelse'],
      ['Udarbejd udbudsmateriale', CHEF, 'Udbudsmateriale'],
      ['Offentliggør udbuddet', KOORDINATOR, 'Udbudsbekendtgørelse'],
      ['Evaluér tilbud', STYREGRUPPE, 'Evalueringsnotat'],
      ['Tildel kontrakt og underret tilbudsgivere', CHEF, 'Kontrakt'],
      ['Frigiv koden under åben licens', KOORDINATOR, 'Repository på GitHub']
    ]
  },
  {
    key: 'gdpr', title: 'Håndtering af brud på persondatasikkerheden', area: 'Processer og dokumentation', owner: 'mette', deputy: 'lars',
    status: 'Godkendt', version: '3.0', reviewIntervalMonths: 12, review: 'ok', onboarding: true, onboardingWeek: 1, priority: 'MUST',
    purpose: 'Et brud anmeldes til Datatilsynet inden for 72 timer, og de berørte får besked.',
    trigger: 'Mistanke om et brud på persondatasikkerheden.',
    outcome: 'Registreret brud, anmeldelse til Datatilsynet når det kræves, og opfølgning.',
    description: '<p>Fristen på <strong>72 timer</strong> regnes fra det tidspunkt, sekretariatet bliver opmærksom på bruddet – også i weekender.</p>',
    steps: [
      ['Registrér hændelsen i brudloggen', KOORDINATOR, 'Registrering'],
      ['Vurdér risikoen for de registrerede', CHEF, 'Risikovurdering'],
      ['Anmeld til Datatilsynet inden 72 timer', CHEF, 'Anmeldelse'],
      ['Underret de berørte', KOMMUNIKATION, 'Underretning'],
      ['Følg op og luk sagen', KOORDINATOR, 'Afsluttet sag']
    ]
  },
  {
    key: 'invoicing', title: 'Fakturering af produktfællesskabernes bidrag', area: 'Beslutninger og opfølgning', owner: 'lars',
    status: 'Godkendt', version: '1.0', reviewIntervalMonths: 12, review: 'soon', priority: 'SHOULD',
    purpose: 'Kommunerne faktureres rigtigt og til tiden for deres andel af produkternes budget.',
    trigger: 'Budgettet for produktet er godkendt i styregruppen.',
    outcome: 'Udsendte EAN-fakturaer og registrerede betalinger.',
    description: '<p>Fakturaer sendes som elektroniske fakturaer til kommunernes EAN-numre.</p>',
    steps: [
      ['Opdatér fordelingsnøglen', OEKONOMI, 'Fordelingsnøgle'],
      ['Udsend EAN-fakturaer', OEKONOMI, 'Fakturaer'],
      ['Følg op på manglende betalinger', OEKONOMI, 'Rykkerliste']
    ]
  },
  {
    key: 'website', title: 'Opdatering af os2.eu', area: 'Henvendelser og kommunikation', owner: 'jonas', deputy: 'mette',
    status: 'Til godkendelse', version: '0.3', reviewIntervalMonths: 12, review: 'never', priority: 'COULD',
    purpose: 'Indholdet på os2.eu er korrekt, tilgængeligt og opdateret.',
    trigger: 'Nyt indhold fra sekretariat eller produktfællesskaber.',
    outcome: 'Publiceret indhold, der overholder webtilgængelighedsloven.',
    description: '<p>Alt indhold tjekkes for tilgængelighed (WCAG 2.1 AA) før publicering.</p>',
    steps: [
      ['Modtag indhold og vurdér placering', KOMMUNIKATION, 'Indholdsplan'],
      ['Tjek tilgængelighed', KOMMUNIKATION, 'Tjekliste'],
      ['Publicér', KOMMUNIKATION, 'Publiceret side']
    ]
  },
  {
    key: 'socialMedia', title: 'Sociale medier og LinkedIn', area: 'Henvendelser og kommunikation', owner: 'jonas',
    status: 'Kladde', version: '0.1', reviewIntervalMonths: 12, review: 'never', priority: "WON'T",
    purpose: 'En fælles tone og plan for fællesskabets opslag på LinkedIn.',
    trigger: 'Kommunikationsplanen for kvartalet.',
    outcome: 'Opslag efter planen.',
    description: '<p>Kladde: afventer ny kommunikationsstrategi.</p>',
    steps: [
      ['Planlæg kvartalets opslag', KOMMUNIKATION, 'Opslagsplan'],
      ['Skriv og godkend opslag', KOMMUNIKATION, 'Opslag'],
      ['Følg op på rækkevidde og kommentarer', KOMMUNIKATION, 'Kvartalsopgørelse']
    ]
  },
  {
    key: 'boardOnboarding', title: 'Introduktion af nye bestyrelsesmedlemmer', area: 'Årshjul og mødeforum', owner: 'lars', deputy: 'mette',
    status: 'Godkendt', version: '1.3', reviewIntervalMonths: 24, review: 'ok', onboarding: true, onboardingWeek: 2, priority: 'SHOULD',
    purpose: 'Nye bestyrelsesmedlemmer kender foreningens opgaver, økonomi og beslutningsgange fra første møde.',
    trigger: 'Valg af nye medlemmer på generalforsamlingen.',
    outcome: 'Gennemført introduktionsmøde og adgang til bestyrelsens Teams.',
    description: '<p>Introduktionen holdes inden bestyrelsens første møde efter generalforsamlingen.</p>',
    steps: [
      ['Send velkomstmail og materiale', KOORDINATOR, 'Velkomstpakke'],
      ['Giv adgang til bestyrelsens Teams', KOORDINATOR, 'Adgang'],
      ['Hold introduktionsmøde', CHEF, 'Afholdt møde']
    ]
  }
];
