import type { Guidance } from './guidance.types';

// Seed tags ([no], [sv], [sv-wsi], [da], [en]) are explained in guidance.types.ts.
// Where the Norwegian seed [no] has the question, its own wording is kept.
export const guidance: Guidance = {
  dashboard: {
    sections: [
      {
        // [sv-wsi]
        title: 'Helheten',
        questions: [
          'Hvordan gjør dere forretningsmålene om til en plan for digital suksess?',
          'Bidrar alle de enkelte delene av den digitale tilstedeværelsen, samlet sett, til bedre resultater for virksomheten?',
          'Hvordan måler dere den digitale tilstedeværelsen?',
          'Og det store spørsmålet: Hvordan virker de digitale tiltakene sammen?',
        ],
      },
      {
        // [da], [en]
        title: 'Hold kursen',
        questions: [
          'Hvor henger framdriften etter, og hvilke områder trenger oppmerksomhet?',
          'Når sammenlignet dere sist resultatene med analysetallene?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen holdes oppdatert og gjennomgås jevnlig, den legges ikke i en skuff.',
      // [da]
      'Målene er synlige og delt i hele organisasjonen, slik at alle jobber mot de samme målene.',
    ],
    // [no]
    quote: { text: 'Uansett hvor vakker strategien er, bør du av og til se på resultatene.', author: 'Winston Churchill' },
  },

  situation: {
    sections: [
      {
        // [no] "Målgruppe"; [en]
        title: 'Målgruppe',
        questions: [
          'Hvem kjøper dine tjenester og/eller produkter i dag?',
          'Hvem kjøper ikke av deg?',
          'Hvem vil du skal kjøpe av deg?',
          'Hvem er de primære og sekundære målgruppene, og hvem av dem konverterer?',
        ],
      },
      {
        // [no]; [en] USP
        title: 'Konkurrenter',
        questions: [
          'Hvem er konkurrentene dine?',
          'Hva gjør de bedre enn deg?',
          'Hva gjør du annerledes, og hvordan kan du skille deg ut fra konkurrentene?',
          'Hva er ditt unike salgsargument (USP)?',
        ],
      },
      {
        // [no] "Nettsidene"; [sv-wsi]
        title: 'Nettsidene',
        questions: [
          'Hvem besøker nettsidene dine i dag?',
          'Hvilke kanaler genererer trafikk til nettsidene dine?',
          'Hvilke sider er mest besøkt?',
          'Hvilke sider blir ikke besøkt?',
          'Hvor kommer konverteringene fra?',
          'Hvordan er kvaliteten på de ulike nettsidene?',
          'Er nettsidene tilpasset for å nå målene dine?',
        ],
      },
      {
        // [no] "Sosiale medier"; [sv-wsi]
        title: 'Sosiale medier',
        questions: [
          'Hvilke kanaler er du til stede i nå?',
          'Hva får du ut av din tilstedeværelse i de ulike kanalene?',
          'Er det mulig å få til mer?',
          'Er målgruppen din aktiv i en kanal der du ikke er til stede?',
          'Er dine tjenester og produkter relevante for målgruppen din i den aktuelle kanalen?',
          'Støtter hvert innlegg forretningsmålene og tar deg nærmere dem?',
        ],
      },
      {
        // [no] "Søkemotoroptimalisering (SEO)"
        title: 'Søk',
        questions: ['Hvor synlig er du i et Google-søk?', 'Hva søker kundene dine etter?'],
      },
      {
        // [no] "Kampanjer"
        title: 'Tidligere kampanjer',
        questions: ['Hva slags kampanjer har du kjørt?', 'Hva er erfaringen med de ulike kampanjene?'],
      },
      {
        // [sv-wsi]; [en]
        title: 'Det digitale økosystemet',
        questions: [
          'Hvilke digitale investeringer har dere, både rettet mot kundene og de som gjør hverdagen enklere for de ansatte?',
          'Tar intranettet, CRM-systemet eller forretningssystemet dere nærmere målene ved å spare tid eller skape resultater?',
          'Hvilket mål og hvilke hovedutfordringer har hver kanal: nettsider, sosiale nettverk, mobil, CRM, ERP?',
          'Hvilke verktøy og kanaler har dere tilgang til, men bruker ikke ennå?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen er bygd rundt kundeinnsikt og kundenes behov, ikke rundt produktene og taktikken din.',
      // [sv-wsi]
      'Kanalene ses som ett økosystem, ikke som separate siloer.',
      // [no]
      'Nåsituasjonen er kartlagt før den nye strategien legges: den er verktøyet du bygger strategien med.',
    ],
  },

  goals: {
    sections: [
      {
        // [no] "Hvor skal du?"; [sv]; [da]
        title: 'Hvor skal du?',
        questions: [
          'Hva er målet som strategien skal innfri? Vær konkret.',
          'Hva er forretningsmålet, og hvordan skal du måle det?',
          'Hva er det egentlig du vil oppnå på nett?',
          'Støtter hvert mål direkte opp under omsetning eller markedsandel?',
        ],
      },
      {
        // [sv]
        title: 'Mål per avdeling',
        questions: [
          'Marked: skape kjennskap, generere leads, få tidligere kunder tilbake, selge på nett, lansere nye produkter?',
          'Salg: lukke salg, avlaste selgerne?',
          'Kundeservice: øke kundetilfredsheten, avlaste førstelinjen?',
        ],
      },
      {
        // [da]; [no] "delmål" and the book example
        title: 'Tidshorisonter og delmål',
        questions: [
          'Hva vil du oppnå dette kvartalet, i år og om to til fem år?',
          'Hva er utgangspunktet i dag, hva er målet, og når skal det være nådd?',
          'Hvilke delmål fører fram til hovedmålet?',
        ],
        example:
          'For å selge 120 000 bøker innen neste år setter en bokhandel delmål for antall besøk på nettsidene, hvor lenge artiklene blir lest og antall henvendelser.',
      },
    ],
    checklist: [
      // [no] spesifikt, målbart, attraktivt, realistisk, tidsbestemt; [sv], [da], [en]
      'Spesifikt: så tydelig at alle forstår det på samme måte.',
      'Målbart: et tall, med et utgangspunkt og en målverdi.',
      'Attraktivt og oppnåelig: de som skal nå målet, står bak det.',
      'Realistisk: bygd på innsikt fra analysetallene dine.',
      'Tidsbestemt: det har en dato.',
      // [da]
      'Ikke for få mål (da blir strategien uklar) og ikke for mange (da forsvinner fokuset).',
      'Hvert mål er synlig i hele organisasjonen og gjennomgås hvert kvartal.',
    ],
  },

  kpis: {
    sections: [
      {
        // [no]; [da]
        title: 'Hva viser at du er på vei?',
        questions: [
          'Hvilke nøkkeltall viser om målet nås?',
          'Hva regner du som en konvertering: et kjøp, et besøk, en henvendelse?',
          'Gir KPI-en innsikt i kundeopplevelsen, de økonomiske resultatene eller hvor effektiv driften er?',
        ],
      },
      {
        // [da]
        title: 'Eierskap og tempo',
        questions: [
          'Hvem eier KPI-en og har ansvaret for å følge den opp og nå målet?',
          'Hvor ofte bør den måles for å passe tempoet i virksomheten: live, daglig, ukentlig, månedlig, kvartalsvis eller to ganger i året?',
          'Er målet fortsatt realistisk og oppnåelig, eller bør det vurderes på nytt?',
        ],
      },
      {
        // [sv]; [en]
        title: 'Mål det som betyr noe',
        questions: [
          'Styrer du mot målene, eller lar du deg lede av forfengelighetstall?',
          'Er KPI-en for en aktivitet noen ganger selve målet?',
          'Hvordan skal du sjekke resultatet av hvert steg, og om helheten lykkes?',
          'Er analyseverktøyet, for eksempel Google Analytics, satt riktig opp?',
        ],
      },
    ],
    checklist: [
      'Begynn med de langsiktige målene, og definer deretter de kortsiktige.',
      'Hver KPI har en eier.',
      'KPI-er knyttet til konverteringer kommer foran likerklikk, følgere og sidevisninger.',
      'Målene for KPI-ene vurderes på nytt med jevne mellomrom.',
    ],
  },

  strategy: {
    sections: [
      {
        // [no] "Strategien svarer på hvordan du skal oppnå dine mål"; [sv]
        title: 'Hvordan skal du nå målene?',
        questions: [
          'Hvordan skal du, i grove trekk, nå målene du har satt?',
          'Hvordan skal du posisjonere deg: merkevare, pris, servicenivå?',
        ],
      },
      {
        // [sv]
        title: 'Trakten',
        questions: [
          'Hvordan skal du nå kunder og potensielle kunder?',
          'Hvordan skal du få dem engasjert?',
          'Hvordan skal du få dem til å konvertere?',
          'Hvordan skal du gjøre dem til lojale kunder som kommer tilbake?',
        ],
      },
      {
        // [sv]; [en]
        title: 'Kanaler og ressurser',
        questions: [
          'Hvordan skal sosiale medier brukes?',
          'Hvis du har både en fysisk butikk og en nettbutikk, hvordan skal de spille sammen?',
          'Skal dere kjøpe trafikk eller satse på organisk trafikk?',
          'Trenger dere en strategi og en organisasjon for innhold: hvilket språk, hvilken målgruppe, hvilke metoder og når?',
          'Skal dere gjøre jobben selv, leie inn et byrå eller kombinere?',
        ],
      },
      {
        // [sv-wsi]
        title: 'Kundereisen',
        questions: [
          'Hvilke kontaktpunkter møter kundene deg i, fra de oppdager deg til de er lojale kunder?',
          'Er budskapet det samme i alle kanaler og i alle kontaktpunkter? Vet kundeservice hvilke kampanjer som kjører?',
          'Hvordan tilpasses kommunikasjonen hver kanal, i stedet for å være lik overalt?',
          'Hva skal kundene få vite i hvert steg, og hvilke målbare mål følger av det?',
        ],
      },
    ],
    checklist: [
      // [sv-wsi]
      'Alle digitale tiltak trekker mot de overordnede målene.',
      'Silotenkningen er lagt bort: tiltakene er steg i samme retning.',
      'Ingen kampanje vurderes bare på CPC eller CTR: se hele kundereisen og hva kunden er verdt.',
      // [en]
      'Den er enkel og uten unødig fagsjargong, slik at andre slutter seg til den.',
    ],
  },

  activities: {
    sections: [
      {
        // [sv]
        title: 'Hva skal du gjøre?',
        questions: [
          'Hva skal du gjøre for å levere på strategien? Hvilke aktiviteter, og når?',
          'Hvilke kampanjer, sesonger eller mindre prosjekter står for tur?',
        ],
      },
      {
        // [da]
        title: 'Backloggen',
        questions: [
          'Har du en backlog, eller bare en idé om hvilke prosjekter og aktiviteter som trengs?',
          'Hvilke hull og muligheter i dagens strategi krever nye aktiviteter?',
          'Støtter hver aktivitet målene og suksessfaktorene dine?',
        ],
      },
      {
        // [da]; [en]; [sv]
        title: 'Prioriteringer',
        questions: [
          'Hva koster hver aktivitet, og hva gir den?',
          'Hvor haster den, hvor viktig er den, og hva er fristen og budsjettet?',
          'Hvilket team gjør den, og hvem eier den?',
          'Hvilken KPI skal vise at den virket?',
        ],
      },
    ],
    checklist: [
      'De neste 90 dagene er planlagt i detalj, resten bare i grove trekk.',
      'Oppgavene med størst effekt kommer først.',
      'Hver aktivitet støtter et mål.',
      'Gjort er bedre enn perfekt: begynn et sted, og bygg videre.',
    ],
  },

  themes: {
    sections: [
      {
        // [da]
        title: 'Temaer',
        questions: [
          'Hvilke temaer faller arbeidet inn under, for eksempel nettstedets ytelse eller kundeopplevelse?',
          'Hvilke aktiviteter, prosjekter og initiativer hører sammen?',
        ],
      },
      {
        // [da]
        title: 'Budsjetter',
        questions: [
          'Hvilket budsjett i timer får hvert tema?',
          'Hvor mye er satt av til vedlikehold: oppgraderinger, feilrettinger og sikkerhetsoppdateringer?',
          'Hvor stor er den samlede investeringen hvert område trenger?',
        ],
      },
    ],
    checklist: [
      'Hvert tema har et budsjett i timer.',
      'Det er satt av en reserve til vedlikehold, slik at nødvendig vedlikehold ikke stopper veikartet.',
    ],
  },

  roadmap: {
    sections: [
      {
        // [da]
        title: 'Den visuelle planen',
        questions: [
          'Hvor skal du, og hvordan kommer du dit?',
          'Hvilke temaer og viktige milepæler skal inn på tidslinjen?',
          'Gir veikartet interessentene et overblikk, og dem som gjør jobben, detaljene de trenger?',
        ],
      },
      {
        // [da]; [en]
        title: 'Hold det realistisk',
        questions: [
          'Er det satt av tid til feilretting og vedlikehold, slik at det ikke holder veikartet tilbake?',
          'Er det lett å oppdatere når virksomhetens behov og mål endrer seg?',
          'Er det en tydelig visjon for året, med detaljer bare for de neste 90 dagene?',
        ],
      },
    ],
    checklist: [
      'Temaer og milepæler ligger på en tidslinje du kan dele.',
      'Veikartet er fleksibelt og lett å oppdatere.',
    ],
  },

  reviews: {
    sections: [
      {
        // [no]; [da]; [en]
        title: 'Resultater',
        questions: [
          'Hvordan står resultatene seg mot målene?',
          'Hvilke mål trenger oppmerksomhet, og hvorfor?',
          'Hvor er hullene?',
        ],
      },
      {
        // [sv]
        title: 'Eksperimenter',
        questions: [
          'Hva testet dere, og hva ble resultatet?',
          'Hva lærte dere, og hva prøver dere neste gang?',
          'Går noe dårligere enn ventet, eller bedre, slik at taktikk eller aktiviteter bør endres?',
          'Hva kan forbedres på nettsidene for å konvertere bedre?',
        ],
      },
      {
        // [en]; [da]
        title: 'Juster kursen',
        questions: [
          'Hvilke tiltak skal dere analysere og endre for å jobbe mer effektivt?',
          'Er målene fortsatt realistiske og oppnåelige?',
        ],
      },
    ],
    checklist: [
      'Hvert mål gjennomgås hvert kvartal.',
      'Eksperimenter. Feil. Lær. Gjenta.',
      'Planen oppdateres etter hver gjennomgang. Ferdig? Gjør det igjen.',
    ],
    // [no]
    quote: { text: 'Uansett hvor vakker strategien er, bør du av og til se på resultatene.', author: 'Winston Churchill' },
  },
};
