/**
 * Interface text of the workshop kit (/kurs/): the projector mode and the printable worksheets, bokmål.
 * Part of the nb catalogue (spread into nb.ts). The worksheets' instructions are in content/kurs/nb/arbeidsark/*.mdx;
 * here are only the labels and headings on the sheets. Headings that also appear in the Word export come from
 * DOC_TEXT (src/plan/document.ts), and labels that also appear in the wizard reuse the wizard's keys.
 */
export const kursNb = {
  'kurs.projector': 'Projektormodus',
  'kurs.sheet.printHint': 'Arket passer på ett A4-ark. Bruk Skriv ut i nettleseren (Ctrl+P, eller Cmd+P på Mac).',
  'kurs.sheet.printHint.landscape': 'Arket passer på ett A4-ark i liggende format. Bruk Skriv ut i nettleseren (Ctrl+P, eller Cmd+P på Mac).',
  'kurs.sheet.all': 'Alle arbeidsark',
  'kurs.sheet.municipality': 'Kommune',
  'kurs.sheet.group': 'Gruppe',
  'kurs.sheet.date': 'Dato',

  'kurs.sheet.tiltak.caption': 'Tiltakene: hva, hvem, når',
  'kurs.sheet.tiltak.number': 'Nr.',
  'kurs.sheet.tiltak.measure.hint': 'Hva skal gjøres?',
  'kurs.sheet.tiltak.responsible.hint': 'Enhet og rolle',
  'kurs.sheet.tiltak.when.hint': 'Dato eller kvartal',
  'kurs.sheet.tiltak.resources.hint': 'Innenfor budsjettet, eller nye midler i kroner',
  'kurs.sheet.tiltak.indicator.hint': 'Hvordan ser vi at det virker?',

  'kurs.sheet.plassering.today': 'Hvor ligger planen i dag?',
  'kurs.sheet.plassering.annet.description': 'Skriv hvor planen skal ligge, og hvordan den kobles til budsjettet og rapporteringen.',
  'kurs.sheet.plassering.ownerAdoption': 'Eier og vedtak',
  'kurs.sheet.plassering.when': 'Når skal planen vedtas?',
  'kurs.sheet.plassering.links': 'Koblinger i plansystemet',
  'kurs.sheet.plassering.link.planstrategi': 'Planen er nevnt i planstrategien.',
  'kurs.sheet.plassering.link.samfunnsdel': 'Samfunnsdelen nevner vold i nære relasjoner.',
  'kurs.sheet.plassering.link.okonomiplan': 'Tiltakene har penger i handlingsdelen og økonomiplanen.',
  'kurs.sheet.plassering.link.folkehelse': 'Folkehelseoversikten sier noe om vold.',
  'kurs.sheet.plassering.move': 'Dette må skje for å flytte planen dit',

  'kurs.sheet.evaluering.who': 'Hvem samler inn status på tiltakene?',
  'kurs.sheet.evaluering.presenter': 'Hvem legger fram rapporten for kommunestyret?',
  'kurs.sheet.evaluering.whenInYear': 'Når på året, og i hvilken sak?',
  'kurs.sheet.evaluering.evaluations': 'Evaluering og revisjon',
  'kurs.sheet.evaluering.what': 'Hva',
  'kurs.sheet.evaluering.responsible': 'Hvem har ansvaret?',
  'kurs.sheet.evaluering.unit': 'Enhet',
  'kurs.sheet.evaluering.role': 'Rolle',
  'kurs.sheet.evaluering.indicators': 'Indikatorer vi følger med på',
  'kurs.sheet.evaluering.source': 'Hvor finner vi tallene?',
  'kurs.sheet.evaluering.follower': 'Hvem følger med?',

  'kurs.sheet.gammel.plan': 'Planen som evalueres (tittel og periode)',
  'kurs.sheet.gammel.measures': 'Tiltakene i den gamle planen',
  'kurs.sheet.gammel.result': 'Ble det gjort?',
  'kurs.sheet.gammel.result.gjennomfort': 'Gjennomført',
  'kurs.sheet.gammel.result.delvis': 'Delvis',
  'kurs.sheet.gammel.result.ikke-gjennomfort': 'Ikke gjennomført',
  'kurs.sheet.gammel.decision': 'I den nye planen',
  'kurs.sheet.gammel.decision.behold': 'Beholde',
  'kurs.sheet.gammel.decision.endre': 'Endre',
  'kurs.sheet.gammel.decision.dropp': 'Droppe',
  'kurs.sheet.gammel.comment': 'Kommentar',
  'kurs.sheet.gammel.questions': 'Spørsmål til evalueringen',
  'kurs.sheet.gammel.q.whatDone': 'Hva gjorde vi?',
  'kurs.sheet.gammel.q.learned': 'Hva lærte vi?',
  'kurs.sheet.gammel.q.worked': 'Hva virket?',
  'kurs.sheet.gammel.q.missingGroups': 'Hvilke grupper manglet i planen eller i arbeidet med den?',
  'kurs.sheet.gammel.q.placement': 'Var plasseringen i plansystemet riktig?',
} as const;
