/**
 * The workshop slides, declared once for the slide pages (/kurs/lysark/<deck>/), their print to PDF and the
 * PowerPoint download (pptx.ts): one idea per slide, in the order of the timetables in the facilitator guide
 * (content/kurs/<lang>/fasilitatorguide.mdx). Two decks: the three-hour workshop and the full day; a slide with
 * `decks` is only in those. Times are those of the timetables. Framework-free, so the browser code can use it too.
 * The text keeps to the characters of Windows-1252 (WinAnsi): the PDF download (pdf.ts) sets it in the PDF's standard
 * Helvetica, which has æøå, «», – and • but no arrows; tests/unit/slides-deck.test.ts checks it.
 */
import type { Text } from '../../../plan/rules/types';

export type DeckId = 'tre-timer' | 'heldag';
export const DECK_IDS: readonly DeckId[] = ['tre-timer', 'heldag'];

export interface Slide {
  id: string;
  title: Text;
  /** Short lines under the title; each one idea. */
  points?: Text[];
  /** The time slot from the timetable, per deck. */
  time?: Partial<Record<DeckId, string>>;
  /** Only in these decks (default: both). */
  decks?: DeckId[];
  /** What the trainer says or does; in the PowerPoint's speaker notes, not on the slide. */
  note?: Text;
}

export const DECK_TITLE: Record<DeckId, Text> = {
  'tre-timer': { nb: 'Workshop på tre timer', nn: 'Workshop på tre timar' },
  heldag: { nb: 'Workshop over en hel dag', nn: 'Workshop over ein heil dag' },
};

const t = (nb: string, nn: string): Text => ({ nb, nn });

export const SLIDES: readonly Slide[] = [
  {
    id: 'tittel',
    title: t('Handlingsplan mot vold i nære relasjoner', 'Handlingsplan mot vald i nære relasjonar'),
    points: [t('Workshop for kommunen', 'Workshop for kommunen')],
    time: { 'tre-timer': '09.00–09.10', heldag: '09.00–09.20' },
    note: t('Velkommen. Deltakerne sier navn og rolle.', 'Velkomen. Deltakarane seier namn og rolle.'),
  },
  {
    id: 'mal',
    title: t('Når vi går herfra', 'Når vi går herifrå'),
    points: [
      t('vet vi om planen teller i KOSTRA', 'veit vi om planen tel i KOSTRA'),
      t('vet vi hvor planen skal ligge, og hvem som eier den', 'veit vi kvar planen skal liggje, og kven som eig han'),
      t('kan vi skrive et tiltak: hva, hvem, når', 'kan vi skrive eit tiltak: kva, kven, når'),
      t('har vi lagret planfilen og avtalt neste steg', 'har vi lagra planfila og avtalt neste steg'),
    ],
  },
  {
    id: 'vedtak',
    title: t('Et vedtak er ikke nok', 'Eit vedtak er ikkje nok'),
    points: [t('Hvor planen ligger i plansystemet, avgjør om den blir fulgt opp og får penger.', 'Kvar planen ligg i plansystemet, avgjer om han blir følgd opp og får pengar.')],
    time: { 'tre-timer': '09.10–09.25', heldag: '09.20–09.50' },
  },
  {
    id: 'eier',
    title: t('Planen må ha en eier', 'Planen må ha ein eigar'),
    points: [t('Ledelsen i administrasjonen tar ansvar. Planen henger ikke på én ildsjel.', 'Leiinga i administrasjonen tek ansvar. Planen heng ikkje på éin eldsjel.')],
  },
  {
    id: 'konkret',
    title: t('Tiltakene må være konkrete', 'Tiltaka må vere konkrete'),
    points: [t('De ansatte bruker planen når de ser hva den betyr for deres arbeid.', 'Dei tilsette bruker planen når dei ser kva han tyder for arbeidet deira.')],
  },
  {
    id: 'levende',
    title: t('Engasjementet varer ikke av seg selv', 'Engasjementet varer ikkje av seg sjølv'),
    points: [t('Fast rapportering og noen som følger med, hele perioden.', 'Fast rapportering og nokon som følgjer med, heile perioden.')],
  },
  {
    id: 'utlopt',
    title: t('En plan som har gått ut, teller ikke', 'Ein plan som har gått ut, tel ikkje'),
    points: [t('Det gjelder selv om ingen har opphevet den.', 'Det gjeld sjølv om ingen har oppheva han.')],
  },
  {
    id: 'kostra',
    title: t('Når teller planen i KOSTRA?', 'Når tel planen i KOSTRA?'),
    points: [
      t('Politisk vedtatt', 'Politisk vedteken'),
      t('Tiltak med fremdriftsplan og milepæler', 'Tiltak med framdriftsplan og milepælar'),
      t('En planperiode som ikke er utløpt 31. desember', 'Ein planperiode som ikkje er utløpen 31. desember'),
    ],
  },
  {
    id: 'ovelse-1',
    title: t('Øvelse 1: Sjekk planen deres', 'Øving 1: Sjekk planen dykkar'),
    points: [
      t('Åpne «Sjekk planen» og svar på spørsmålene', 'Opne «Sjekk planen» og svar på spørsmåla'),
      t('Sammenlign med det kommunen svarte i KOSTRA', 'Samanlikn med det kommunen svarte i KOSTRA'),
      t('Arbeidsark: Sjekk planen deres', 'Arbeidsark: Sjekk planen dykkar'),
    ],
    time: { 'tre-timer': '09.25–09.55', heldag: '09.50–10.30' },
  },
  {
    id: 'ovelse-2',
    title: t('Øvelse 2: Hvor hører planen hjemme?', 'Øving 2: Kvar høyrer planen heime?'),
    points: [
      t('Planstrategien, samfunnsdelen, økonomiplanen', 'Planstrategien, samfunnsdelen, økonomiplanen'),
      t('Hvem eier planen, og hvem vedtar den?', 'Kven eig planen, og kven vedtek han?'),
      t('Arbeidsark: Plassering i plansystemet', 'Arbeidsark: Plassering i plansystemet'),
    ],
    time: { 'tre-timer': '09.55–10.25', heldag: '10.45–11.30' },
  },
  {
    id: 'pause-1',
    title: t('Pause', 'Pause'),
    time: { 'tre-timer': '10.25–10.35', heldag: '10.30–10.45' },
  },
  {
    id: 'ovelse-3',
    title: t('Øvelse 3: Fra mål til tiltak', 'Øving 3: Frå mål til tiltak'),
    points: [
      t('Hva skal gjøres?', 'Kva skal gjerast?'),
      t('Hvem har ansvaret: enhet og stilling', 'Kven har ansvaret: eining og stilling'),
      t('Når skal det være gjort?', 'Når skal det vere gjort?'),
      t('Hva koster det, og hvordan ser vi at det er gjort?', 'Kva kostar det, og korleis ser vi at det er gjort?'),
    ],
    time: { 'tre-timer': '10.35–11.10', heldag: '11.30–12.30' },
  },
  {
    id: 'tiltak-eksempel',
    title: t('Svakt eller konkret?', 'Veikt eller konkret?'),
    points: [
      t('Svakt: «Kommunen skal styrke kompetansen om vold.»', 'Veikt: «Kommunen skal styrkje kompetansen om vald.»'),
      t('Konkret: «Alle ansatte på helsestasjonen tar kurs i å spørre om vold innen 31. desember 2027. Lederen for helsestasjonen har ansvaret.»', 'Konkret: «Alle tilsette på helsestasjonen tek kurs i å spørje om vald innan 31. desember 2027. Leiaren for helsestasjonen har ansvaret.»'),
    ],
  },
  { id: 'lunsj', title: t('Lunsj', 'Lunsj'), time: { heldag: '12.30–13.15' }, decks: ['heldag'] },
  {
    id: 'ovelse-4',
    title: t('Øvelse 4: Finn feilene', 'Øving 4: Finn feila'),
    points: [
      t('Les planen for Bakkeby', 'Les planen for Bakkeby'),
      t('Skriv ned det som mangler eller er uklart', 'Skriv ned det som manglar eller er uklart'),
      t('Velg de tre viktigste feilene', 'Vel dei tre viktigaste feila'),
      t('Så ser vi hva sjekken sier', 'Så ser vi kva sjekken seier'),
    ],
    time: { 'tre-timer': '11.10–11.40', heldag: '13.15–14.00' },
    note: t('Vis ikke sjekken før gruppene har lagt fram. Fasiten står på siden for kursholdere.', 'Vis ikkje sjekken før gruppene har lagt fram. Fasiten står på sida for kurshaldarar.'),
  },
  { id: 'pause-2', title: t('Pause', 'Pause'), time: { heldag: '14.00–14.15' }, decks: ['heldag'] },
  {
    id: 'ovelse-5',
    title: t('Øvelse 5: Hvem holder planen levende?', 'Øving 5: Kven held planen levande?'),
    points: [
      t('Hvem samler inn status på tiltakene?', 'Kven samlar inn status på tiltaka?'),
      t('Når får kommunestyret rapport?', 'Når får kommunestyret rapport?'),
      t('Hvem har ansvaret for evalueringen?', 'Kven har ansvaret for evalueringa?'),
    ],
    time: { heldag: '14.15–15.00' },
    decks: ['heldag'],
  },
  {
    id: 'planfil',
    title: t('Lagre planfilen', 'Lagre planfila'),
    points: [
      t('I «Lag plan»: trykk «Lagre planfil»', 'I «Lag plan»: trykk «Lagre planfil»'),
      t('Ta filen med hjem, og åpne den igjen med «Åpne planfil»', 'Ta fila med heim, og opne henne igjen med «Opne planfil»'),
    ],
    time: { 'tre-timer': '11.40–12.00', heldag: '15.00–15.30' },
  },
  {
    id: 'neste-steg',
    title: t('Neste steg', 'Neste steg'),
    points: [
      t('Tre steg, hvert med en ansvarlig og en dato', 'Tre steg, kvart med ein ansvarleg og ein dato'),
      t('Arbeidsark: Neste steg', 'Arbeidsark: Neste steg'),
    ],
  },
  {
    id: 'takk',
    title: t('Takk for i dag', 'Takk for i dag'),
    points: [t('Veilederen, sjekken og planbyggeren ligger på nettstedet.', 'Rettleiaren, sjekken og planbyggjaren ligg på nettstaden.')],
  },
];

/** The slides of one deck, in order. */
export function deckSlides(deck: DeckId): Slide[] {
  return SLIDES.filter((s) => !s.decks || s.decks.includes(deck));
}

/** One deck in one language, as plain text: what the slide page shows and what the PowerPoint is built from. */
export interface DeckText {
  title: string;
  slides: { title: string; points: string[]; time?: string; note?: string }[];
}

export function deckText(deck: DeckId, lang: 'nb' | 'nn'): DeckText {
  return {
    title: DECK_TITLE[deck][lang],
    slides: deckSlides(deck).map((s) => ({
      title: s.title[lang],
      points: (s.points ?? []).map((p) => p[lang]),
      time: s.time?.[deck],
      note: s.note?.[lang],
    })),
  };
}

/** Everything the downloads need, handed from the slide page to the browser code as JSON. */
export interface DeckDownload extends DeckText {
  lang: 'nb' | 'nn';
  /** The document title, as the page's: «Lysark: Workshop på tre timer». */
  docTitle: string;
  /** Author and creator in the file's properties: the site's name in the page's language. */
  author: string;
  fileNames: { pdf: string; pptx: string };
}

/** The file name stem, in the deck's language: «lysark-tre-timer» / «lysark-tre-timar», «lysark-hel-dag» / «lysark-heil-dag». */
const FILE_STEM: Record<DeckId, Text> = {
  'tre-timer': { nb: 'lysark-tre-timer', nn: 'lysark-tre-timar' },
  heldag: { nb: 'lysark-hel-dag', nn: 'lysark-heil-dag' },
};

export function deckFileName(deck: DeckId, lang: 'nb' | 'nn', extension: 'pdf' | 'pptx'): string {
  return `${FILE_STEM[deck][lang]}.${extension}`;
}
