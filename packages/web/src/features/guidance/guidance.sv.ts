import type { Guidance } from './guidance.types';

// Seed tags ([no], [sv], [sv-wsi], [da], [en]) are explained in guidance.types.ts.
// Where a Swedish seed ([sv], [sv-wsi]) has the question, its own wording is kept.
export const guidance: Guidance = {
  dashboard: {
    sections: [
      {
        // [sv-wsi] "Kan du svara på följande frågor?"
        title: 'Helheten',
        questions: [
          'Hur översätter ni era affärsmål till en plan för digital framgång?',
          'Gör alla de separata delarna i er digitala närvaro tillsammans att ni förbättrar företagets resultat?',
          'Hur mäter ni er digitala närvaro?',
          'Och den stora: Hur fungerar era digitala insatser tillsammans?',
        ],
      },
      {
        // [da]; [en]
        title: 'Håll kursen',
        questions: [
          'Var halkar utvecklingen efter, och vilka områden behöver uppmärksamhet?',
          'När jämförde ni senast resultaten med er webbanalys?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen hålls uppdaterad och ses över regelbundet, den läggs inte i en byrålåda.',
      // [da]
      'Målen är synliga och delas i hela organisationen, så att alla jobbar mot samma mål.',
    ],
    // [no]
    quote: { text: 'Hur vacker strategin än är bör du då och då titta på resultaten.', author: 'Winston Churchill' },
  },

  situation: {
    sections: [
      {
        // [no]; [en]
        title: 'Målgrupp',
        questions: [
          'Vilka köper dina produkter eller tjänster i dag?',
          'Vilka köper inte av dig?',
          'Vilka vill du ska köpa av dig?',
          'Vilka är dina primära och sekundära målgrupper, och vilka av dem konverterar?',
        ],
      },
      {
        // [no]; [en]
        title: 'Konkurrenter',
        questions: [
          'Vilka är dina konkurrenter?',
          'Vad gör de bättre än du?',
          'Vad gör du annorlunda, och hur kan du sticka ut från konkurrenterna?',
          'Vilket är ditt unika säljargument (USP)?',
        ],
      },
      {
        // [no]; [sv-wsi] "Är er hemsida anpassad för att nå era mål?"
        title: 'Webbplatsen',
        questions: [
          'Vilka besöker din webbplats i dag?',
          'Vilka kanaler driver trafik till din webbplats?',
          'Vilka sidor besöks mest?',
          'Vilka sidor besöks inte alls?',
          'Var kommer konverteringarna ifrån?',
          'Hur håller de olika sidorna i kvalitet?',
          'Är er hemsida anpassad för att nå era mål?',
        ],
      },
      {
        // [no]; [sv-wsi] "Stödjer de era affärsmål och tar er närmare era mål med varje inlägg?"
        title: 'Sociala medier',
        questions: [
          'Vilka kanaler finns du i nu?',
          'Vad får du ut av att finnas i de olika kanalerna?',
          'Går det att få ut mer?',
          'Är din målgrupp aktiv i en kanal där du inte finns?',
          'Är dina produkter och tjänster relevanta för målgruppen i den kanalen?',
          'Stödjer varje inlägg era affärsmål och tar er närmare målen?',
        ],
      },
      {
        // [no]
        title: 'Sök',
        questions: ['Hur synlig är du i en Google-sökning?', 'Vad söker dina kunder efter?'],
      },
      {
        // [no]
        title: 'Tidigare kampanjer',
        questions: ['Vilka typer av kampanjer har du kört?', 'Vad lärde du dig av var och en av dem?'],
      },
      {
        // [sv-wsi] "ert digitala ekosystem"; [en]
        title: 'Det digitala ekosystemet',
        questions: [
          'Vilka digitala investeringar har ni, både direkt mot kund och de som skapar bättre förutsättningar för er personal?',
          'Tar ert intranät, CRM eller affärssystem er närmare era mål genom att spara tid eller generera resultat?',
          'Vilket mål och vilka huvudutmaningar har varje kanal: webbplats, sociala nätverk, mobil, CRM, affärssystem?',
          'Vilka verktyg och kanaler har ni tillgång till men använder ännu inte?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen bygger på kundinsikter och kundernas behov, inte på dina produkter och din taktik.',
      // [sv-wsi] "Släpp silotänkandet"
      'Kanalerna ses som ett ekosystem, inte som separata silor.',
      // [no]
      'Nuläget är kartlagt innan den nya strategin läggs: det är verktyget du bygger strategin med.',
    ],
  },

  goals: {
    sections: [
      {
        // [no]; [sv] "Börja med affärsmålet. Mät det." and "lista ut vad det är du vill göra online"; [da]
        title: 'Vart ska du?',
        questions: [
          'Vad ska strategin uppnå? Var konkret.',
          'Vad är affärsmålet, och hur ska du mäta det?',
          'Vad är det egentligen du vill göra online?',
          'Stödjer varje mål direkt omsättningen eller marknadsandelen?',
        ],
      },
      {
        // [sv] the department examples, in the seed's words
        title: 'Mål per avdelning',
        questions: [
          'Marknad: skapa kännedom, generera leads, uppmuntra tidigare kunder att komma tillbaka, sälja online, lansera nya produkter?',
          'Sälj: göra avslut, avlasta säljarna?',
          'Support: öka kundnöjdheten, avlasta first line support?',
        ],
      },
      {
        // [sv] "på kort, medel och lång sikt"; [da]; [no] the book example
        title: 'Tidshorisonter och delmål',
        questions: [
          'Vad vill du nå det här kvartalet, i år och om två till fem år?',
          'Vad är utgångsläget i dag, vad är målet, och när ska det vara nått?',
          'Vilka delmål leder fram till huvudmålet?',
        ],
        example:
          'För att sälja 120 000 böcker till nästa år sätter en bokhandel delmål för antal besök på webbplatsen, hur länge artiklarna läses och antal förfrågningar.',
      },
    ],
    checklist: [
      // [sv] "specifika, mätbara, accepterade, realistiska och tidsbundna"; [no], [da], [en]
      'Specifikt: så tydligt att alla förstår det på samma sätt.',
      'Mätbart: ett tal, med ett utgångsläge och ett målvärde.',
      'Accepterat och uppnåeligt: de som ska nå målet står bakom det.',
      'Realistiskt: grundat på insikter från din webbanalys.',
      'Tidsbundet: det har ett datum.',
      // [da]
      'Inte för få mål (då blir strategin otydlig) och inte för många (då suddas fokus ut).',
      'Varje mål är synligt i hela organisationen och följs upp varje kvartal.',
    ],
  },

  kpis: {
    sections: [
      {
        // [no]; [da]
        title: 'Vad visar att du är på väg?',
        questions: [
          'Vilka nyckeltal visar om målet nås?',
          'Vad räknas som en konvertering för dig: ett köp, ett besök, en förfrågan?',
          'Ger KPI:n insikt i kundupplevelsen, det ekonomiska resultatet eller hur effektiv verksamheten är?',
        ],
      },
      {
        // [da]
        title: 'Ägarskap och takt',
        questions: [
          'Vem äger KPI:n och ansvarar för att följa upp den och nå målet?',
          'Hur ofta ska den mätas för att matcha verksamhetens takt: live, dagligen, varje vecka, varje månad, varje kvartal eller två gånger om året?',
          'Är målet fortfarande realistiskt och uppnåeligt, eller behöver det ses över?',
        ],
      },
      {
        // [sv] "vanity metrics", "ibland kan KPI:er i aktiviteterna också vara själva målet"; [en]
        title: 'Mät rätt saker',
        questions: [
          'Styr du mot uppsatta mål, eller vilseleds du av ”vanity metrics”?',
          'Kan KPI:n för en aktivitet ibland vara själva målet?',
          'Hur ska du kontrollera resultatet av varje steg, och om helheten lyckas?',
          'Är er webbanalys, till exempel Google Analytics, rätt inställd?',
        ],
      },
    ],
    checklist: [
      'Börja med de långsiktiga målen och definiera sedan de kortsiktiga.',
      'Varje KPI har en ägare.',
      'KPI:er kopplade till konverteringar går före gillningar, följare och sidvisningar.',
      'Målen för KPI:erna ses över med jämna mellanrum.',
    ],
  },

  strategy: {
    sections: [
      {
        // [sv] "Strategin ska svara på hur du i stora drag ska uppnå de mål som du har satt upp"
        title: 'Hur ska du nå målen?',
        questions: [
          'Hur ska du i stora drag uppnå de mål som du har satt upp?',
          'Hur ska du positionera dig: varumärke, pris, servicenivå?',
        ],
      },
      {
        // [sv] "En användbar modell är tratten."
        title: 'Tratten',
        questions: [
          'Hur ska du nå kunder och prospekt?',
          'Hur ska du få dem engagerade?',
          'Hur ska du få dem att konvertera?',
          'Hur ska du få dem att bli lojala kunder som återkommer?',
        ],
      },
      {
        // [sv], in the seed's words; [en] content
        title: 'Kanaler och resurser',
        questions: [
          'Hur ska sociala medier användas?',
          'Om du har en fysisk butik och en webshop, hur ska de integreras?',
          'Ska ni jobba med att köpa trafik eller fokusera på organisk trafik?',
          'Behöver ni ha en strategi och organisation för att skapa innehåll: vilket språk, vilken målgrupp, vilka metoder och när?',
          'Ska ni sköta arbetet in-house, anlita en byrå eller ha en mix?',
        ],
      },
      {
        // [sv-wsi] "Omnichannel", "Kundens resa är digital"
        title: 'Kundresan',
        questions: [
          'Vid vilka kontaktpunkter möter kunderna er, från att de upptäcker er till att de är lojala kunder?',
          'Överensstämmer kommunikationen i alla medier, vid alla kontakttillfällen? Vet kundservice vilka kampanjer som finns ute?',
          'Hur anpassas kommunikationen till varje kanal, i stället för att vara likadan överallt?',
          'Vilken information ska kunden få i varje steg, och vilka mätbara mål ger det?',
        ],
      },
    ],
    checklist: [
      // [sv-wsi] "Slutkläm"
      'Alla digitala insatser verkar mot de överordnade målen.',
      'Silotänkandet är släppt: insatserna är olika steg i samma riktning.',
      'Ingen kampanj bedöms enbart på CPC eller CTR: se hela kundresan och kundens värde.',
      // [en]
      'Den är enkel och fri från onödig jargong, så att andra köper den.',
    ],
  },

  activities: {
    sections: [
      {
        // [sv] "Taktik"
        title: 'Vad ska du göra?',
        questions: [
          'Vad gör du för att leverera på strategin? Vilka aktiviteter ska du utföra, och när?',
          'Vilka kampanjer, säsonger eller mindre projekt står på tur?',
        ],
      },
      {
        // [da]
        title: 'Backloggen',
        questions: [
          'Har du en backlog, eller bara en idé om vilka projekt och aktiviteter som behövs?',
          'Vilka luckor och möjligheter i den nuvarande strategin kräver nya aktiviteter?',
          'Stödjer varje aktivitet dina mål och framgångsfaktorer?',
        ],
      },
      {
        // [da]; [en]; [sv] "en aktivitetslista med tillhörande budget och KPI:er"
        title: 'Prioriteringar',
        questions: [
          'Vad kostar varje aktivitet, och vad ger den?',
          'Hur brådskande och hur viktig är den, och vad har den för deadline och budget?',
          'Vilket team gör den, och vem äger den?',
          'Vilken KPI ska visa att den fungerade?',
        ],
      },
    ],
    checklist: [
      // [sv] "svårt att planera i detalj för längre än 90 dagar"
      'De kommande 90 dagarna är planerade i detalj, resten bara i stora drag.',
      'Uppgifterna med störst effekt kommer först.',
      'Varje aktivitet stödjer ett mål.',
      // [sv]
      '”Done is better than perfect”: börja någonstans och iterera.',
    ],
  },

  themes: {
    sections: [
      {
        // [da]
        title: 'Teman',
        questions: [
          'Vilka teman faller arbetet inom, till exempel webbplatsens prestanda eller kundupplevelsen?',
          'Vilka aktiviteter, projekt och initiativ hör ihop?',
        ],
      },
      {
        // [da]
        title: 'Budgetar',
        questions: [
          'Vilken budget i timmar får varje tema?',
          'Hur mycket är avsatt för underhåll: uppgraderingar, buggfixar och säkerhetsuppdateringar?',
          'Hur stor är den totala investeringen som varje område behöver?',
        ],
      },
    ],
    checklist: [
      'Varje tema har en budget i timmar.',
      'En reserv för underhåll finns i planen, så att nödvändigt underhåll inte stoppar färdplanen.',
    ],
  },

  roadmap: {
    sections: [
      {
        // [da]
        title: 'Den visuella planen',
        questions: [
          'Vart ska du, och hur tar du dig dit?',
          'Vilka teman och viktiga milstolpar ska in på tidslinjen?',
          'Ger den intressenterna en överblick, och dem som gör jobbet de detaljer de behöver?',
        ],
      },
      {
        // [da]; [en]
        title: 'Håll den realistisk',
        questions: [
          'Finns det tid avsatt för buggfixar och underhåll, så att det inte håller tillbaka färdplanen?',
          'Är den lätt att uppdatera när verksamhetens behov och mål ändras?',
          'Finns det en tydlig vision för året, med detaljer bara för de kommande 90 dagarna?',
        ],
      },
    ],
    checklist: [
      'Teman och milstolpar ligger på en tidslinje som du kan dela.',
      'Färdplanen är flexibel och lätt att uppdatera.',
    ],
  },

  reviews: {
    sections: [
      {
        // [no]; [da]; [en]
        title: 'Resultat',
        questions: [
          'Hur står sig resultaten mot målen?',
          'Vilka mål behöver uppmärksamhet, och varför?',
          'Var finns luckorna?',
        ],
      },
      {
        // [sv] "Experiment. Fail. Learn. Repeat.", "konverteringsoptimering (cro)"
        title: 'Experiment',
        questions: [
          'Vad testade ni, och vad blev resultatet?',
          'Vad lärde ni er, och vad provar ni härnäst?',
          'Går något sämre än väntat, eller bättre, så att taktik eller aktiviteter bör ställas om?',
          'Vad kan förbättras på webbplatsen för att den ska konvertera bättre?',
        ],
      },
      {
        // [en]; [da]
        title: 'Justera kursen',
        questions: [
          'Vilka insatser ska ni analysera och ändra för att arbeta mer effektivt?',
          'Är målen fortfarande realistiska och uppnåeliga?',
        ],
      },
    ],
    checklist: [
      'Varje mål följs upp varje kvartal.',
      // [sv] kept in English, as the seed writes it
      'Experiment. Fail. Learn. Repeat.',
      'Planen uppdateras efter varje uppföljning. Klart? Gör det igen.',
    ],
    // [no]
    quote: { text: 'Hur vacker strategin än är bör du då och då titta på resultaten.', author: 'Winston Churchill' },
  },
};
