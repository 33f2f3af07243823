import type { ActivityType, Forum, IsoDate, Priority, RepeatPattern, WheelCategory } from '../../src/domain/models';
import type { IRecurrencePicker } from '../../src/domain';
import { addDays, formatIsoDate, mondayOfIsoWeek } from '../../src/domain';
import { meetingDay, nthWeekday, type IDemoPeople } from './context';

/** An årshjul activity as the demo describes it; the seeding turns it into `IActivityFields`. */
export interface IActivityText {
  key: string;
  title: string;
  description: string;
  category: WheelCategory;
  activityType: ActivityType;
  start: IsoDate;
  end?: IsoDate;
  repeat: RepeatPattern;
  /** How the picker was set; left out, the rule is the pattern's default for the start date. */
  picker?: Omit<IRecurrencePicker, 'pattern'>;
  forum?: Forum;
  responsible: keyof IDemoPeople;
  /** Key of the demo process it belongs to. */
  process?: string;
  priority: Priority;
}

/** The board's ordinary meetings in a year: the second Thursday of six months, moved past holidays. */
export function boardMeetingDays(year: number): IsoDate[] {
  return [2, 4, 6, 9, 11, 12].map(month => meetingDay(year, month, 4, 2));
}

/** The OS2konferencen days of a year: Tuesday and Wednesday of ISO week 40. */
export function conferenceDays(year: number): [IsoDate, IsoDate] {
  const tuesday = addDays(mondayOfIsoWeek(year, 40), 1);
  return [tuesday, addDays(tuesday, 1)];
}

/** The strategy seminar: the last Thursday of August and the Friday after. */
export function strategySeminarDays(year: number): [IsoDate, IsoDate] {
  const thursday = nthWeekday(year, 8, 4, -1);
  return [thursday, addDays(thursday, 1)];
}

/**
 * The annual wheel of the OS2 secretariat: about forty activities in all six rings and all four types. One-off
 * activities fall in `year`; recurring ones started two years earlier, so the wheel has a history.
 */
export function activityTexts(year: number): IActivityText[] {
  const since = year - 2;
  const d = (month: number, day: number, y: number = since): IsoDate => formatIsoDate(y, month, day);
  const board = boardMeetingDays(year);
  const [conference1, conference2] = conferenceDays(year);
  const [seminar1, seminar2] = strategySeminarDays(year);
  const summer = mondayOfIsoWeek(year, 29);
  const boardMeetings: IActivityText[] = board.map((day, i) => ({
    key: `board${i + 1}`, title: 'Bestyrelsesmøde',
    description: `Ordinært bestyrelsesmøde ${i + 1} af ${board.length}. Dagsorden og bilag udsendes senest 7 dage før.`,
    category: 'Bestyrelse', activityType: 'Møde', start: day, repeat: 'Ingen', forum: 'Bestyrelse',
    responsible: 'mette', process: 'board', priority: 'MUST'
  }));
  return [
    ...boardMeetings,
    { key: 'strategy', title: 'Strategiseminar for bestyrelsen', description: 'To dages seminar om strategien for de kommende tre år.',
      category: 'Bestyrelse', activityType: 'Periode', start: seminar1, end: seminar2, repeat: 'Ingen', forum: 'Bestyrelse',
      responsible: 'lars', priority: 'SHOULD' },
    { key: 'selfEvaluation', title: 'Bestyrelsens selvevaluering', description: 'Spørgeskema til bestyrelsen og drøftelse på decembermødet.',
      category: 'Bestyrelse', activityType: 'Milepæl', start: d(11, 20), repeat: 'Årligt', picker: { month: 11, dayOfMonth: 20 },
      responsible: 'anne', priority: 'COULD' },
    { key: 'constitution', title: 'Konstituerende bestyrelsesmøde', description: 'Den nyvalgte bestyrelse vælger formand og næstformand.',
      category: 'Bestyrelse', activityType: 'Møde', start: nthWeekday(since, 5, 2, 1), repeat: 'Årligt',
      picker: { month: 5, weekday: 'TU', nthWeekday: 1 }, forum: 'Bestyrelse', responsible: 'lars', process: 'generalforsamling', priority: 'MUST' },

    { key: 'processReview', title: 'Halvårlig procesgennemgang', description: 'Procesejerne gennemgår processer med revision inden for tre måneder.',
      category: 'Sekretariat', activityType: 'Frist', start: d(3, 15), repeat: 'Halvårligt', responsible: 'mette',
      process: 'processReview', priority: 'SHOULD' },
    { key: 'summer', title: 'Sommerferie — sekretariatet holder lukket', description: 'Henvendelser besvares efter ferien. Akutte sager til sekretariatschefen.',
      category: 'Sekretariat', activityType: 'Periode', start: summer, end: addDays(summer, 18), repeat: 'Ingen', responsible: 'lars', priority: 'COULD' },
    { key: 'planningDay', title: 'Sekretariatets planlægningsdag', description: 'Årets mål, opgavefordeling og gennemgang af årshjulet.',
      category: 'Sekretariat', activityType: 'Møde', start: nthWeekday(since, 1, 3, 2), repeat: 'Årligt',
      picker: { month: 1, weekday: 'WE', nthWeekday: 2 }, forum: 'Sekretariat', responsible: 'lars', priority: 'SHOULD' },
    { key: 'actionPlan', title: 'Opfølgning på handlingsplanen', description: 'Status på handlingsplanens indsatser til sekretariatschefen.',
      category: 'Sekretariat', activityType: 'Milepæl', start: d(1, 20), repeat: 'Kvartalsvis', responsible: 'lars', process: 'followup', priority: 'SHOULD' },
    { key: 'appraisals', title: 'MUS-samtaler', description: 'Medarbejderudviklingssamtaler i sekretariatet.',
      category: 'Sekretariat', activityType: 'Periode', start: d(10, 1), end: d(10, 21), repeat: 'Årligt', responsible: 'lars', priority: 'COULD' },
    { key: 'cleanup', title: 'Oprydning i sekretariatets delte mapper', description: 'Fravalgt indtil det nye dokumentbibliotek er på plads.',
      category: 'Sekretariat', activityType: 'Frist', start: d(6, 30), repeat: 'Halvårligt', responsible: 'mette', process: 'archiving', priority: "WON'T" },
    { key: 'christmas', title: 'Juleferie — sekretariatet holder lukket', description: 'Lukket fra lillejuleaften til og med 2. januar.',
      category: 'Sekretariat', activityType: 'Periode', start: d(12, 23), end: d(1, 2, since + 1), repeat: 'Årligt', responsible: 'lars', priority: 'COULD' },

    { key: 'budgetProcess', title: 'Budgetproces for næste år', description: 'Budgetønsker, udkast og drøftelse i bestyrelsen.',
      category: 'Økonomi', activityType: 'Periode', start: d(8, 15), end: d(10, 31), repeat: 'Årligt', responsible: 'lars', process: 'budget', priority: 'MUST' },
    { key: 'annualAccounts', title: 'Årsregnskab sendes til revisor', description: 'Afstemt regnskab og revisionsmappe til revisor.',
      category: 'Økonomi', activityType: 'Frist', start: d(3, 1), repeat: 'Årligt', responsible: 'lars', process: 'annualAccounts', priority: 'MUST' },
    { key: 'membershipFee', title: 'Kontingentopkrævning udsendes', description: 'Fakturaer til medlemskommunerne via EAN.',
      category: 'Økonomi', activityType: 'Frist', start: d(1, 15), repeat: 'Årligt', responsible: 'mette', process: 'membershipFee', priority: 'MUST' },
    { key: 'quarterlyReport', title: 'Kvartalsrapportering til bestyrelsen', description: 'Budgetopfølgning og status på produktfællesskaberne.',
      category: 'Økonomi', activityType: 'Frist', start: d(2, 10), repeat: 'Kvartalsvis', responsible: 'lars', process: 'budget', priority: 'SHOULD' },
    { key: 'reminders', title: 'Rykkere for manglende kontingent', description: 'Rykker til kommuner, der ikke har betalt.',
      category: 'Økonomi', activityType: 'Frist', start: d(3, 15), repeat: 'Årligt', responsible: 'mette', process: 'membershipFee', priority: 'SHOULD' },
    { key: 'yearEnd', title: 'Budgetopfølgning og årsafslutning', description: 'Periodisering, afstemning og opfølgning hen over årsskiftet.',
      category: 'Økonomi', activityType: 'Periode', start: d(12, 1), end: d(1, 31, since + 1), repeat: 'Årligt', responsible: 'lars', process: 'budget', priority: 'SHOULD' },
    { key: 'budgetApproval', title: 'Bestyrelsen godkender budget', description: 'Budgettet for næste år godkendes på decembermødet.',
      category: 'Økonomi', activityType: 'Milepæl', start: board[board.length - 1], repeat: 'Ingen', forum: 'Bestyrelse',
      responsible: 'lars', process: 'budget', priority: 'MUST' },
    { key: 'vat', title: 'Momsafregning', description: 'Halvårlig momsangivelse til Skattestyrelsen.',
      category: 'Økonomi', activityType: 'Frist', start: d(3, 1), repeat: 'Halvårligt', responsible: 'lars', priority: 'COULD' },

    { key: 'generalforsamling', title: 'Generalforsamling', description: 'Ordinær generalforsamling: beretning, regnskab, kontingent og valg.',
      category: 'Medlemmer', activityType: 'Møde', start: nthWeekday(since, 4, 4, -1), repeat: 'Årligt',
      picker: { month: 4, weekday: 'TH', nthWeekday: -1 }, forum: 'Generalforsamling', responsible: 'lars', process: 'generalforsamling', priority: 'MUST' },
    { key: 'gfNotice', title: 'Indkaldelse til generalforsamling udsendes', description: 'Senest seks uger før, jf. vedtægterne.',
      category: 'Medlemmer', activityType: 'Frist', start: d(3, 12), repeat: 'Årligt', responsible: 'mette', process: 'generalforsamling', priority: 'MUST' },
    { key: 'welcome', title: 'Velkomstmøde for nye medlemmer', description: 'Introduktion til fællesskabet for nye kommuner og regioner.',
      category: 'Medlemmer', activityType: 'Møde', start: d(3, 5), repeat: 'Kvartalsvis', forum: 'Andet', responsible: 'mette', process: 'members', priority: 'COULD' },
    { key: 'survey', title: 'Medlemsundersøgelse', description: 'Årlig undersøgelse af medlemmernes tilfredshed.',
      category: 'Medlemmer', activityType: 'Periode', start: d(9, 1), end: d(9, 30), repeat: 'Årligt', responsible: 'jonas', priority: 'COULD' },
    { key: 'coordination', title: 'Koordinationsgruppemøde', description: 'Første tirsdag hver anden måned: roadmaps og tværgående opgaver.',
      category: 'Medlemmer', activityType: 'Møde', start: nthWeekday(since, 2, 2, 1), repeat: 'Tilpasset',
      picker: { unit: 'month', interval: 2, weekday: 'TU', nthWeekday: 1 }, forum: 'Koordinationsgruppe', responsible: 'mette',
      process: 'coordination', priority: 'SHOULD' },
    { key: 'steeringOs2mo', title: 'Styregruppemøde OS2mo', description: 'Styregruppen for OS2mo (medarbejder- og organisationsdata) mødes hver sjette uge.',
      category: 'Medlemmer', activityType: 'Møde', start: nthWeekday(since, 1, 3, 2), repeat: 'Tilpasset',
      picker: { unit: 'week', interval: 6, weekday: 'WE' }, forum: 'Styregruppe', responsible: 'mette', priority: 'COULD' },
    { key: 'steeringOs2forms', title: 'Styregruppemøde OS2forms', description: 'Kvartalsvis møde i styregruppen for OS2forms.',
      category: 'Medlemmer', activityType: 'Møde', start: nthWeekday(since, 1, 4, 3), repeat: 'Kvartalsvis',
      picker: { weekday: 'TH', nthWeekday: 3 }, forum: 'Styregruppe', responsible: 'lars', priority: 'SHOULD' },

    { key: 'conference', title: 'OS2konferencen', description: 'Fællesskabets årlige konference for kommuner og leverandører.',
      category: 'Arrangementer', activityType: 'Periode', start: conference1, end: conference2, repeat: 'Ingen', responsible: 'jonas',
      process: 'conference', priority: 'MUST' },
    { key: 'callForSpeakers', title: 'Call for speakers til OS2konferencen', description: 'Sidste frist for forslag til oplæg.',
      category: 'Arrangementer', activityType: 'Frist', start: addDays(mondayOfIsoWeek(year, 22), 4), repeat: 'Ingen', responsible: 'jonas',
      process: 'conference', priority: 'SHOULD' },
    { key: 'registration', title: 'Tilmeldingen til OS2konferencen åbner', description: 'Program og tilmelding offentliggøres på os2.eu.',
      category: 'Arrangementer', activityType: 'Milepæl', start: mondayOfIsoWeek(year, 24), repeat: 'Ingen', responsible: 'jonas',
      process: 'conference', priority: 'SHOULD' },
    { key: 'networkDay', title: 'Netværksdag for produktfællesskaberne', description: 'Erfaringsudveksling på tværs af produkterne.',
      category: 'Arrangementer', activityType: 'Møde', start: nthWeekday(since, 3, 4, 2), repeat: 'Halvårligt',
      picker: { weekday: 'TH', nthWeekday: 2 }, forum: 'Andet', responsible: 'jonas', priority: 'COULD' },
    { key: 'christmasLunch', title: 'Julefrokost for sekretariat og bestyrelse', description: 'Første fredag i december.',
      category: 'Arrangementer', activityType: 'Møde', start: nthWeekday(since, 12, 5, 1), repeat: 'Årligt',
      picker: { month: 12, weekday: 'FR', nthWeekday: 1 }, forum: 'Sekretariat', responsible: 'sofie', priority: 'COULD' },
    { key: 'fair', title: 'Stand på Digitaliseringsmessen', description: 'Fravalgt i år: kræfterne bruges på OS2konferencen.',
      category: 'Arrangementer', activityType: 'Periode', start: addDays(mondayOfIsoWeek(year, 45), 1), end: addDays(mondayOfIsoWeek(year, 45), 2),
      repeat: 'Ingen', responsible: 'jonas', priority: "WON'T" },

    { key: 'newsletter', title: 'Nyhedsbrev udsendes', description: 'Månedligt nyhedsbrev til medlemmer og abonnenter.',
      category: 'Kommunikation', activityType: 'Frist', start: d(1, 5), repeat: 'Månedligt', responsible: 'jonas', process: 'newsletter', priority: 'SHOULD' },
    { key: 'annualReport', title: 'Årsberetning udgives', description: 'Årsberetningen offentliggøres før generalforsamlingen.',
      category: 'Kommunikation', activityType: 'Milepæl', start: d(4, 10), repeat: 'Årligt', responsible: 'jonas', process: 'generalforsamling', priority: 'MUST' },
    { key: 'editorial', title: 'Redaktionsmøde for os2.eu', description: 'Hver anden mandag: nyheder, cases og kalender på os2.eu.',
      category: 'Kommunikation', activityType: 'Møde', start: nthWeekday(since, 1, 1, 1), repeat: 'Tilpasset',
      picker: { unit: 'week', interval: 2, weekday: 'MO' }, forum: 'Sekretariat', responsible: 'jonas', priority: 'COULD' },
    { key: 'commsPlan', title: 'Kommunikationsplan for næste år', description: 'Plan for kanaler, kampagner og nyhedsbreve.',
      category: 'Kommunikation', activityType: 'Frist', start: d(11, 30), repeat: 'Årligt', responsible: 'jonas', priority: 'SHOULD' }
  ];
}
