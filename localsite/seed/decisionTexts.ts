import type { DecisionStatus, Forum, Priority, TaskStatus } from '../../src/domain/models';
import type { IDemoPeople } from './context';

/** A demo decision. Its meeting is the `ago`th most recent past meeting of its forum (0 = the latest). */
export interface IDecisionText {
  title: string;
  decisionText: string;
  rationale?: string;
  forum: Forum;
  ago: number;
  status: DecisionStatus;
  responsible: keyof IDemoPeople;
  /** Follow-up date as days from today (never before the meeting). */
  followUp?: number;
  process?: string;
  priority: Priority;
  /** Follow-up tasks: title and status. */
  tasks?: ReadonlyArray<readonly [string, TaskStatus]>;
}

/** Decisions from the board, the secretariat, the coordination group and the general assembly, in every status. */
export const DECISION_TEXTS: readonly IDecisionText[] = [
  { forum: 'Bestyrelse', ago: -1, title: 'Strategi 2027–2030 for OS2', status: 'Til behandling', responsible: 'lars', priority: 'MUST',
    decisionText: 'Indstilling: Bestyrelsen godkender udkastet til strategi 2027–2030 og sender det i høring hos medlemmerne.',
    rationale: 'Strategien er drøftet på to temamøder; høringen giver medlemmerne mulighed for at påvirke den endelige version.' },
  { forum: 'Bestyrelse', ago: 0, title: 'OS2iot overgår til drift i fællesskabet', status: 'Besluttet', responsible: 'lars', followUp: 21, priority: 'MUST',
    decisionText: 'Bestyrelsen godkender, at OS2iot overgår fra projekt til drift pr. 1. i næste kvartal med egen styregruppe.',
    rationale: 'Projektet har leveret det aftalte, og 23 kommuner har tilkendegivet, at de vil bruge løsningen.',
    tasks: [['Nedsæt styregruppe for OS2iot', 'Ikke startet'], ['Opdatér produktsiden på os2.eu', 'Ikke startet']] },
  { forum: 'Bestyrelse', ago: 0, title: 'Sponsormodel for OS2konferencen', status: 'Besluttet', responsible: 'jonas', followUp: 30, process: 'conference', priority: 'SHOULD',
    decisionText: 'Bestyrelsen godkender en sponsormodel med tre niveauer for leverandører.',
    rationale: 'Konferencens udgifter er steget, og deltagerbetalingen skal holdes uændret.',
    tasks: [['Udsend sponsorpakker til leverandørerne', 'I gang']] },
  { forum: 'Bestyrelse', ago: 1, title: 'Kontingentet fastholdes', status: 'Under opfølgning', responsible: 'mette', followUp: -5, process: 'membershipFee', priority: 'MUST',
    decisionText: 'Bestyrelsen indstiller til generalforsamlingen, at kontingentet fastholdes på nuværende niveau.',
    rationale: 'Egenkapitalen er over målet, og flere kommuner har bedt om forudsigelighed.',
    tasks: [['Udarbejd kontingentoversigt til indstillingen', 'I gang'], ['Send indstilling til formanden', 'Venter']] },
  { forum: 'Bestyrelse', ago: 1, title: 'Samarbejdsaftale med KL om fælles arkitektur', status: 'Under opfølgning', responsible: 'lars', followUp: 20, priority: 'SHOULD',
    decisionText: 'Sekretariatet forhandler en samarbejdsaftale med KL om fælleskommunal arkitektur og standarder.',
    tasks: [['Aftal forhandlingsmøde med KL', 'Færdig'], ['Udkast til samarbejdsaftale', 'I gang']] },
  { forum: 'Bestyrelse', ago: 1, title: 'Udbud af hosting for OS2forms sendes i høring', status: 'Under opfølgning', responsible: 'lars', followUp: -12, priority: 'MUST',
    decisionText: 'Udbudsmaterialet for hosting af OS2forms sendes i fire ugers høring blandt medlemskommunerne.',
    rationale: 'Den nuværende hostingaftale udløber, og kommunerne skal inddrages før udbuddet.',
    tasks: [['Send udbudsmateriale i høring', 'Færdig'], ['Saml høringssvar', 'I gang']] },
  { forum: 'Bestyrelse', ago: 2, title: 'Årsberetningen godkendt', status: 'Gennemført', responsible: 'jonas', followUp: -60, process: 'generalforsamling', priority: 'SHOULD',
    decisionText: 'Bestyrelsen godkender årsberetningen til fremlæggelse på generalforsamlingen.',
    tasks: [['Layout og udgivelse af årsberetningen', 'Færdig']] },
  { forum: 'Bestyrelse', ago: 2, title: 'Bestyrelsesbetjeningen gennemgås', status: 'Gennemført', responsible: 'mette', followUp: -45, process: 'board', priority: 'COULD',
    decisionText: 'Sekretariatet gennemgår processen for forberedelse af bestyrelsesmøder og foreslår forbedringer.',
    tasks: [['Interview tre bestyrelsesmedlemmer', 'Færdig']] },
  { forum: 'Bestyrelse', ago: 2, title: 'Rejsepolitik for bestyrelsen opdateres', status: 'Annulleret', responsible: 'lars', priority: 'COULD',
    decisionText: 'Rejsepolitikken for bestyrelsen opdateres med regler for klimavenlig transport.',
    rationale: 'Annulleret: reglerne er indarbejdet i foreningens generelle rejsepolitik.' },
  { forum: 'Bestyrelse', ago: 3, title: 'Budgetramme for produktfællesskaberne', status: 'Gennemført', responsible: 'lars', followUp: -90, process: 'budget', priority: 'MUST',
    decisionText: 'Bestyrelsen fastsætter den samlede budgetramme for produktfællesskaberne for næste år.',
    tasks: [['Meld rammen ud til styregrupperne', 'Færdig']] },
  { forum: 'Bestyrelse', ago: 3, title: 'Strategiseminaret flyttes til august', status: 'Gennemført', responsible: 'lars', followUp: -100, priority: 'COULD',
    decisionText: 'Strategiseminaret flyttes fra juni til slutningen af august.' },
  { forum: 'Bestyrelse', ago: 3, title: 'Ingen stand på Digitaliseringsmessen', status: 'Besluttet', responsible: 'jonas', priority: "WON'T",
    decisionText: 'Fællesskabet deltager ikke med egen stand på Digitaliseringsmessen i år.',
    rationale: 'Ressourcerne prioriteres til OS2konferencen.' },

  { forum: 'Sekretariat', ago: 1, title: 'Svarfrist på fem arbejdsdage for henvendelser', status: 'Under opfølgning', responsible: 'mette', followUp: 10, process: 'inquiries', priority: 'SHOULD',
    decisionText: 'Alle henvendelser besvares inden for fem arbejdsdage. Svarfristen vises i Koordinator.',
    tasks: [['Opdatér processen for henvendelser', 'I gang']] },
  { forum: 'Sekretariat', ago: 3, title: 'Nyhedsbrevet flyttes til første tirsdag', status: 'Besluttet', responsible: 'jonas', process: 'newsletter', priority: 'COULD',
    decisionText: 'Nyhedsbrevet udsendes fremover den første tirsdag i måneden i stedet for den 5.' },
  { forum: 'Sekretariat', ago: 6, title: 'Pressehåndtering beskrives som proces', status: 'Under opfølgning', responsible: 'jonas', followUp: -20, process: 'press', priority: 'SHOULD',
    decisionText: 'Kommunikationskonsulenten beskriver processen for pressehenvendelser og krisekommunikation.',
    tasks: [['Skriv udkast til presseproces', 'Venter']] },
  { forum: 'Sekretariat', ago: 10, title: 'Journaliseringspraksis revideres', status: 'Under opfølgning', responsible: 'mette', followUp: -3, process: 'archiving', priority: 'COULD',
    decisionText: 'Praksis for journalisering tilpasses det nye dokumentbibliotek.',
    tasks: [['Kortlæg nuværende journaliseringspraksis', 'I gang']] },
  { forum: 'Sekretariat', ago: 14, title: 'Onboardingplan for ny studentermedhjælper', status: 'Gennemført', responsible: 'lars', followUp: -60, process: 'onboarding', priority: 'SHOULD',
    decisionText: 'Den nye studentermedhjælper følger onboardingprocessen med fokus på henvendelser.',
    tasks: [['Bestil adgang og udstyr', 'Færdig']] },
  { forum: 'Sekretariat', ago: 20, title: 'Teams-kanal til henvendelser', status: 'Gennemført', responsible: 'mette', followUp: -120, process: 'inquiries', priority: 'COULD',
    decisionText: 'Der oprettes en Teams-kanal, hvor medlemmerne kan stille spørgsmål til sekretariatet.' },
  { forum: 'Sekretariat', ago: 26, title: 'Fælles Outlook-kalender for sekretariatet', status: 'Annulleret', responsible: 'mette', priority: "WON'T",
    decisionText: 'Sekretariatet opretter en fælles Outlook-kalender.',
    rationale: 'Annulleret: den delte postkasse sekretariat@os2.eu har allerede en fælles kalender.' },

  { forum: 'Koordinationsgruppe', ago: 0, title: 'Fælles roadmap-skabelon for alle produkter', status: 'Under opfølgning', responsible: 'mette', followUp: 25, process: 'coordination', priority: 'SHOULD',
    decisionText: 'Alle styregrupper bruger samme skabelon til roadmaps fra næste kvartal.',
    tasks: [['Udsend roadmap-skabelon til styregrupperne', 'Færdig'], ['Saml roadmaps til næste møde', 'Ikke startet']] },
  { forum: 'Koordinationsgruppe', ago: 1, title: 'OS2mo og OS2forms koordinerer releases', status: 'Besluttet', responsible: 'lars', followUp: -8, priority: 'COULD',
    decisionText: 'Styregrupperne for OS2mo og OS2forms aftaler fælles releasevinduer.',
    tasks: [['Indkald de to produktejere', 'Ikke startet']] },
  { forum: 'Koordinationsgruppe', ago: 2, title: 'Fælles testmiljø undersøges', status: 'Gennemført', responsible: 'mette', followUp: -30, priority: 'COULD',
    decisionText: 'Sekretariatet undersøger muligheden for et fælles testmiljø for produkterne.',
    tasks: [['Notat om fælles testmiljø', 'Færdig']] },
  { forum: 'Koordinationsgruppe', ago: 3, title: 'Kvartalsvise statusmøder med leverandørerne', status: 'Annulleret', responsible: 'lars', priority: 'COULD',
    decisionText: 'Koordinationsgruppen holder kvartalsvise statusmøder med leverandørerne.',
    rationale: 'Annulleret: leverandørerne deltager i styregruppemøderne i stedet.' },

  { forum: 'Generalforsamling', ago: 0, title: 'Ny bestyrelse valgt', status: 'Gennemført', responsible: 'lars', followUp: -150, process: 'generalforsamling', priority: 'MUST',
    decisionText: 'Generalforsamlingen valgte to nye bestyrelsesmedlemmer og genvalgte tre.',
    tasks: [['Opdatér bestyrelsens sider på os2.eu', 'Færdig']] },
  { forum: 'Generalforsamling', ago: 0, title: 'Vedtægtsændring om digitale generalforsamlinger', status: 'Under opfølgning', responsible: 'lars', followUp: 40, priority: 'MUST',
    decisionText: 'Generalforsamlingen vedtog, at generalforsamlinger fremover kan holdes helt eller delvis digitalt.',
    rationale: 'Giver flere medlemskommuner mulighed for at deltage.',
    tasks: [['Anmeld de nye vedtægter', 'Venter']] },
  { forum: 'Generalforsamling', ago: 0, title: 'Kontingent for næste år vedtaget', status: 'Gennemført', responsible: 'mette', followUp: -140, process: 'membershipFee', priority: 'MUST',
    decisionText: 'Generalforsamlingen vedtog bestyrelsens forslag til kontingent for næste år.' }
];
