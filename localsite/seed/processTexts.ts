import type { Area, Priority, ProcessStatus } from '../../src/domain/models';
import { MORE_PROCESS_TEXTS } from './moreProcessTexts';

/**
 * Where a demo process should stand in its review cycle on the day it is seeded: `overdue` (due two months ago),
 * `soon` (due in about two weeks), `ok` (reviewed three months ago) or `never` (no review yet).
 */
export type DemoReview = 'overdue' | 'soon' | 'ok' | 'never';

/** A step: title, responsible role, deliverable and (optionally) a description. */
export type StepText = readonly [string, string, string, string?];

/** The text of a demo process (dates are filled in relative to the seeding day). */
export interface IProcessText {
  key: string;
  title: string;
  area: Area;
  owner: 'mette' | 'lars' | 'jonas';
  /** The owner's deputy (stedfortræder). */
  deputy?: 'mette' | 'lars' | 'jonas';
  /** The onboarding week, when the process names its own. */
  onboardingWeek?: number;
  status: ProcessStatus;
  version: string;
  reviewIntervalMonths: number;
  review: DemoReview;
  onboarding?: boolean;
  priority: Priority;
  purpose: string;
  trigger: string;
  outcome: string;
  /** Simple HTML, as SharePoint's rich-text field holds it. */
  description: string;
  steps: readonly StepText[];
}

const KOORDINATOR = 'Forretningskoordinator';
const CHEF = 'Sekretariatschef';
const KOMMUNIKATION = 'Kommunikationskonsulent';

/** The secretariat's documented processes, across the four areas, in every status and review state. */
const CORE_TEXTS: readonly IProcessText[] = [
  {
    key: 'board', title: 'Forberedelse og afvikling af bestyrelsesmøder', area: 'Årshjul og mødeforum', owner: 'mette',
    status: 'Godkendt', version: '2.1', reviewIntervalMonths: 12, review: 'ok', onboarding: true, priority: 'MUST',
    purpose: 'Sikrer at bestyrelsen får en dagsorden og et beslutningsgrundlag af høj kvalitet i god tid, og at beslutningerne bliver registreret og fulgt op.',
    trigger: 'Et bestyrelsesmøde i årshjulet, fire uger før mødet.',
    outcome: 'Udsendt dagsorden med bilag, afholdt møde, godkendt referat og registrerede beslutninger med ansvarlige.',
    description: '<p>Bestyrelsen holder seks ordinære møder om året. Sekretariatet forbereder møderne efter en fast skabelon.</p>' +
      '<ul><li>Dagsorden og bilag sendes senest <strong>7 dage</strong> før mødet.</li><li>Referatet sendes til godkendelse senest 5 arbejdsdage efter mødet.</li>' +
      '<li>Alle beslutninger registreres i listen <em>Beslutninger</em> med ansvarlig og opfølgningsdato.</li></ul>',
    steps: [
      ['Indkald punkter til dagsordenen', KOORDINATOR, 'Punktliste', 'Mail til bestyrelse og sekretariat fire uger før mødet.'],
      ['Udarbejd udkast til dagsorden', KOORDINATOR, 'Dagsordensudkast'],
      ['Godkend dagsorden med formand og sekretariatschef', CHEF, 'Godkendt dagsorden'],
      ['Udsend dagsorden og bilag', KOORDINATOR, 'Mødemateriale i bestyrelsens Teams', 'Senest 7 dage før mødet.'],
      ['Afhold mødet og tag referat', KOORDINATOR, 'Referatudkast'],
      ['Registrér beslutninger og opfølgningsopgaver', KOORDINATOR, 'Beslutninger og opgaver i Koordinator']
    ]
  },
  {
    key: 'generalforsamling', title: 'Afholdelse af generalforsamling', area: 'Årshjul og mødeforum', owner: 'lars',
    status: 'Godkendt', version: '1.4', reviewIntervalMonths: 12, review: 'overdue', priority: 'MUST',
    purpose: 'Foreningens øverste myndighed mødes én gang om året og vælger bestyrelse, godkender regnskab og fastsætter kontingent.',
    trigger: 'Vedtægterne: ordinær generalforsamling hvert forår, indkaldelse senest seks uger før.',
    outcome: 'Afholdt generalforsamling, valgt bestyrelse, godkendt regnskab og offentliggjort referat.',
    description: '<p>Generalforsamlingen afholdes i april. Indkaldelse og materiale følger vedtægternes frister.</p>' +
      '<ol><li>Indkaldelse seks uger før.</li><li>Forslag fra medlemmer senest fire uger før.</li><li>Endeligt materiale to uger før.</li></ol>',
    steps: [
      ['Book lokale og fastlæg dato', KOORDINATOR, 'Bekræftet booking'],
      ['Udsend indkaldelse til medlemskommunerne', KOORDINATOR, 'Indkaldelse', 'Senest seks uger før, jf. vedtægterne.'],
      ['Saml indkomne forslag og kandidater', CHEF, 'Forslagsliste'],
      ['Udsend endeligt materiale', KOORDINATOR, 'Årsberetning, regnskab og budget'],
      ['Afhold generalforsamlingen', CHEF, 'Referat underskrevet af dirigent'],
      ['Offentliggør referat og ny bestyrelse på os2.eu', KOMMUNIKATION, 'Nyhed på os2.eu']
    ]
  },
  {
    key: 'conference', title: 'Planlægning af OS2konferencen', area: 'Årshjul og mødeforum', owner: 'jonas',
    status: 'Til godkendelse', version: '0.9', reviewIntervalMonths: 12, review: 'soon', priority: 'SHOULD',
    purpose: 'Samler fællesskabets kommuner og leverandører om erfaringer med de fælles løsninger.',
    trigger: 'Bestyrelsens godkendelse af konferencebudget i foråret.',
    outcome: 'Gennemført todages konference med program, tilmelding, evaluering og regnskab.',
    description: '<p>Konferencen er fællesskabets største arrangement med ca. 400 deltagere over to dage.</p>' +
      '<p>Processen afventer bestyrelsens godkendelse af den nye model for <strong>sponsorater</strong>.</p>',
    steps: [
      ['Fastlæg dato, sted og budget', CHEF, 'Konferencebudget'],
      ['Udsend call for speakers', KOMMUNIKATION, 'Call for speakers'],
      ['Sammensæt program med programudvalget', KOMMUNIKATION, 'Program'],
      ['Åbn for tilmelding', KOMMUNIKATION, 'Tilmeldingsside'],
      ['Afvikl konferencen', KOMMUNIKATION, 'Gennemført konference'],
      ['Evaluér og afregn', KOORDINATOR, 'Evalueringsrapport og regnskab']
    ]
  },
  {
    key: 'coordination', title: 'Møder i koordinationsgruppen', area: 'Årshjul og mødeforum', owner: 'mette',
    status: 'Godkendt', version: '1.0', reviewIntervalMonths: 24, review: 'ok', priority: 'COULD',
    purpose: 'Koordinerer på tværs af produktfællesskabernes styregrupper, så roadmaps og udbud ikke overlapper.',
    trigger: 'Første tirsdag hver anden måned.',
    outcome: 'Fælles overblik over produkternes roadmaps og en liste over tværgående opgaver.',
    description: '<p>Koordinationsgruppen består af formændene for styregrupperne for OS2mo, OS2forms, OS2iot og de øvrige produkter.</p>',
    steps: [
      ['Indsaml status fra styregrupperne', KOORDINATOR, 'Statusoversigt'],
      ['Udsend dagsorden', KOORDINATOR, 'Dagsorden'],
      ['Afhold møde', KOORDINATOR, 'Referat og opgaveliste']
    ]
  },
  {
    key: 'followup', title: 'Opfølgning på beslutninger', area: 'Beslutninger og opfølgning', owner: 'mette',
    status: 'Godkendt', version: '1.2', reviewIntervalMonths: 12, review: 'soon', onboarding: true, priority: 'MUST',
    purpose: 'Sikrer at alle beslutninger fra bestyrelse, sekretariat og koordinationsgruppe bliver til handling.',
    trigger: 'En beslutning registreres i Koordinator.',
    outcome: 'Hver beslutning har en ansvarlig, en opfølgningsdato og en status, der rapporteres til bestyrelsen.',
    description: '<p>Forretningskoordinatoren gennemgår hver mandag listen <em>Under opfølgning</em> og rykker for overskredne opgaver.</p>',
    steps: [
      ['Registrér beslutningen med ansvarlig og opfølgningsdato', KOORDINATOR, 'Beslutning i Koordinator'],
      ['Opret opfølgningsopgaver', KOORDINATOR, 'Opgaver med kilde Beslutning'],
      ['Gennemgå status hver mandag', KOORDINATOR, 'Opdateret status'],
      ['Rapportér status til bestyrelsen kvartalsvis', CHEF, 'Statusnotat']
    ]
  },
  {
    key: 'budget', title: 'Budgetlægning og budgetopfølgning', area: 'Beslutninger og opfølgning', owner: 'lars',
    status: 'Godkendt', version: '3.0', reviewIntervalMonths: 12, review: 'ok', priority: 'MUST',
    purpose: 'Et retvisende budget for sekretariatet og produktfællesskaberne, godkendt af bestyrelsen i december.',
    trigger: 'Budgetprocessen i årshjulet starter i august.',
    outcome: 'Godkendt budget for næste år og kvartalsvis budgetopfølgning.',
    description: '<p>Budgettet bygger på kontingentindtægter og produktfællesskabernes bidrag.</p>' +
      '<ul><li>Udkast til bestyrelsen i november.</li><li>Endelig godkendelse i december.</li></ul>',
    steps: [
      ['Indhent budgetønsker fra styregrupperne', CHEF, 'Budgetønsker'],
      ['Udarbejd budgetudkast', CHEF, 'Budgetudkast'],
      ['Drøft udkast i bestyrelsen', CHEF, 'Bestyrelsens bemærkninger'],
      ['Tilret og fremlæg endeligt budget', CHEF, 'Godkendt budget'],
      ['Følg op kvartalsvis', KOORDINATOR, 'Kvartalsrapport']
    ]
  },
  {
    key: 'annualAccounts', title: 'Årsregnskab og revision', area: 'Beslutninger og opfølgning', owner: 'lars',
    status: 'Til revision', version: '2.2', reviewIntervalMonths: 12, review: 'overdue', priority: 'MUST',
    purpose: 'Rettidigt og revideret årsregnskab til generalforsamlingen.',
    trigger: 'Regnskabsårets afslutning 31. december.',
    outcome: 'Revideret og underskrevet årsregnskab.',
    description: '<p>Processen skal revideres, fordi foreningen har skiftet revisor og bogføringssystem.</p>',
    steps: [
      ['Afstem konti og periodisér', CHEF, 'Afstemt saldobalance'],
      ['Send materiale til revisor', KOORDINATOR, 'Revisionsmappe'],
      ['Besvar revisors spørgsmål', CHEF, 'Svar til revisor'],
      ['Bestyrelsen underskriver', CHEF, 'Underskrevet årsregnskab']
    ]
  },
  {
    key: 'membershipFee', title: 'Kontingentopkrævning', area: 'Beslutninger og opfølgning', owner: 'mette',
    status: 'Godkendt', version: '1.1', reviewIntervalMonths: 12, review: 'soon', priority: 'SHOULD',
    purpose: 'Medlemskommunernes kontingent opkræves korrekt og til tiden.',
    trigger: 'Generalforsamlingens fastsættelse af kontingent; opkrævning i januar.',
    outcome: 'Udsendte fakturaer, registrerede indbetalinger og rykkere for manglende betaling.',
    description: '<p>Kontingentet beregnes efter kommunens indbyggertal pr. 1. januar.</p>',
    steps: [
      ['Opdatér indbyggertal fra Danmarks Statistik', KOORDINATOR, 'Beregningsgrundlag'],
      ['Udsend fakturaer via EAN', KOORDINATOR, 'Fakturaer'],
      ['Registrér indbetalinger', KOORDINATOR, 'Betalingsoversigt'],
      ['Send rykkere', KOORDINATOR, 'Rykkere'],
      ['Rapportér restancer til sekretariatschefen', KOORDINATOR, 'Restanceliste']
    ]
  },
  {
    key: 'inquiries', title: 'Behandling af henvendelser i den fælles indbakke', area: 'Henvendelser og kommunikation', owner: 'mette',
    status: 'Godkendt', version: '2.0', reviewIntervalMonths: 6, review: 'ok', onboarding: true, priority: 'MUST',
    purpose: 'Alle henvendelser til sekretariatet får et svar inden for fem arbejdsdage.',
    trigger: 'En henvendelse på mail, telefon, webformular, møde eller Teams.',
    outcome: 'Registreret, fordelt og besvaret henvendelse.',
    description: '<p>Henvendelser registreres i listen <em>Henvendelser</em> samme dag. Svarfristen regnes i arbejdsdage.</p>',
    steps: [
      ['Registrér henvendelsen', KOORDINATOR, 'Henvendelse i Koordinator'],
      ['Fordel til rette medarbejder', KOORDINATOR, 'Tildelt henvendelse'],
      ['Besvar eller afklar', 'Tildelt medarbejder', 'Svar til henvender'],
      ['Luk henvendelsen', 'Tildelt medarbejder', 'Lukket henvendelse']
    ]
  },
  {
    key: 'newsletter', title: 'Udsendelse af månedligt nyhedsbrev', area: 'Henvendelser og kommunikation', owner: 'jonas',
    status: 'Godkendt', version: '1.3', reviewIntervalMonths: 12, review: 'overdue', priority: 'SHOULD',
    purpose: 'Holder medlemmerne orienteret om nyt fra produktfællesskaberne og sekretariatet.',
    trigger: 'Den første i hver måned.',
    outcome: 'Udsendt nyhedsbrev og opdateret arkiv på os2.eu.',
    description: '<p>Nyhedsbrevet sendes til ca. 1.800 abonnenter. Bidrag skal være inde senest den 1.</p>',
    steps: [
      ['Indsaml bidrag', KOMMUNIKATION, 'Bidrag'],
      ['Redigér og sæt op', KOMMUNIKATION, 'Nyhedsbrev i udkast'],
      ['Godkend', CHEF, 'Godkendt nyhedsbrev'],
      ['Send og arkivér', KOMMUNIKATION, 'Udsendt nyhedsbrev']
    ]
  },
  {
    key: 'press', title: 'Pressehenvendelser og krisekommunikation', area: 'Henvendelser og kommunikation', owner: 'jonas',
    status: 'Kladde', version: '0.1', reviewIntervalMonths: 12, review: 'never', priority: 'COULD',
    purpose: 'Hurtige og ensartede svar til pressen, også når noget går galt.',
    trigger: 'En henvendelse fra en journalist eller en sag i medierne.',
    outcome: 'Afstemt svar og en logget pressekontakt.',
    description: '<p><em>Kladde.</em> Skal drøftes på næste sekretariatsmøde.</p>',
    steps: [
      ['Vurdér henvendelsen', KOMMUNIKATION, 'Vurdering'],
      ['Afstem budskab med sekretariatschef og formand', CHEF, 'Godkendt budskab'],
      ['Svar og log kontakten', KOMMUNIKATION, 'Log over pressekontakter']
    ]
  },
  {
    key: 'members', title: 'Optagelse af nye medlemmer', area: 'Henvendelser og kommunikation', owner: 'mette',
    status: 'Godkendt', version: '1.0', reviewIntervalMonths: 12, review: 'ok', priority: 'SHOULD',
    purpose: 'Nye kommuner og regioner kommer hurtigt og godt ind i fællesskabet.',
    trigger: 'En underskrevet indmeldelsesblanket.',
    outcome: 'Registreret medlem, udsendt velkomstpakke og afholdt velkomstmøde.',
    description: '<p>Erstatter den tidligere proces med papirblanket.</p>',
    steps: [
      ['Registrér medlemmet', KOORDINATOR, 'Medlem i medlemsregistret'],
      ['Send velkomstpakke', KOMMUNIKATION, 'Velkomstmail'],
      ['Invitér til velkomstmøde', KOORDINATOR, 'Mødeinvitation']
    ]
  },
  {
    key: 'processReview', title: 'Revision af processer og dokumentation', area: 'Processer og dokumentation', owner: 'mette',
    status: 'Godkendt', version: '1.0', reviewIntervalMonths: 6, review: 'ok', priority: 'SHOULD',
    purpose: 'Processerne i Koordinator er aktuelle og bliver brugt.',
    trigger: 'Halvårlig procesgennemgang i årshjulet, eller en proces markeret til revision.',
    outcome: 'Reviderede processer med ny version og dato.',
    description: '<p>Hver procesejer gennemgår sine processer, når revisionsdatoen nærmer sig.</p>',
    steps: [
      ['Træk oversigten Til revision', KOORDINATOR, 'Liste over processer'],
      ['Aftal gennemgang med procesejer', KOORDINATOR, 'Mødeaftale'],
      ['Opdatér beskrivelse og trin', 'Procesejer', 'Ny version'],
      ['Godkend og sæt ny revisionsdato', CHEF, 'Godkendt proces']
    ]
  },
  {
    key: 'onboarding', title: 'Onboarding af nye medarbejdere i sekretariatet', area: 'Processer og dokumentation', owner: 'lars',
    status: 'Godkendt', version: '1.5', reviewIntervalMonths: 12, review: 'soon', onboarding: true, priority: 'SHOULD',
    purpose: 'En ny medarbejder kender fællesskabet, værktøjerne og de vigtigste processer efter fire uger.',
    trigger: 'En underskrevet ansættelseskontrakt.',
    outcome: 'Gennemført onboardingplan og opfølgningssamtale.',
    description: '<p>Onboardingen følger processerne markeret <em>Indgår i onboarding</em>.</p>',
    steps: [
      ['Bestil adgang til Microsoft 365 og Teams', KOORDINATOR, 'Brugerkonto'],
      ['Gennemgå onboardingprocesserne', KOORDINATOR, 'Gennemgået procesliste'],
      ['Introduktion til produktfællesskaberne', CHEF, 'Introduktionsmøder'],
      ['Deltag i et bestyrelsesmøde som observatør', CHEF, 'Deltagelse'],
      ['Opfølgningssamtale efter fire uger', CHEF, 'Samtalenotat']
    ]
  },
  {
    key: 'archiving', title: 'Journalisering og arkivering', area: 'Processer og dokumentation', owner: 'mette',
    status: 'Til revision', version: '1.8', reviewIntervalMonths: 24, review: 'overdue', priority: 'COULD',
    purpose: 'Sager og dokumenter kan findes igen og arkiveres efter reglerne.',
    trigger: 'Et dokument der skal journaliseres.',
    outcome: 'Journaliseret dokument med sagsnummer.',
    description: '<p>Sagsnumre har formen <code>ÅÅÅÅ-NNNN</code>.</p>',
    steps: [
      ['Opret eller find sagen', KOORDINATOR, 'Sagsnummer'],
      ['Journalisér dokumentet', KOORDINATOR, 'Journaliseret dokument'],
      ['Afslut sagen og arkivér', KOORDINATOR, 'Arkiveret sag']
    ]
  },
  {
    key: 'paperForm', title: 'Medlemsoptagelse via papirblanket', area: 'Processer og dokumentation', owner: 'lars',
    status: 'Udfaset', version: '1.0', reviewIntervalMonths: 12, review: 'overdue', priority: "WON'T",
    purpose: 'Tidligere optagelse af medlemmer på papirblanket.',
    trigger: 'En indsendt papirblanket.',
    outcome: 'Registreret medlem.',
    description: '<p>Udfaset. Erstattet af processen <em>Optagelse af nye medlemmer</em>.</p>',
    steps: [
      ['Modtag blanket med posten', KOORDINATOR, 'Scannet blanket'],
      ['Tast oplysningerne ind', KOORDINATOR, 'Medlem i regneark'],
      ['Send kvittering', KOORDINATOR, 'Kvitteringsbrev']
    ]
  }
];

/** Every demo process: the core set and the rest of the secretariat's catalogue (`moreProcessTexts.ts`). */
export const PROCESS_TEXTS: readonly IProcessText[] = [...CORE_TEXTS, ...MORE_PROCESS_TEXTS];
