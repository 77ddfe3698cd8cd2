import type { Guidance } from './guidance.types';

// Seed tags ([no], [sv], [sv-wsi], [da], [en]) are explained in guidance.types.ts.
// Where the Danish seed [da] has the point, its own wording is kept.
export const guidance: Guidance = {
  dashboard: {
    sections: [
      {
        // [sv-wsi]
        title: 'Helheden',
        questions: [
          'Hvordan omsætter I jeres forretningsmål til en plan for digital succes?',
          'Får alle de enkelte dele af jeres digitale tilstedeværelse tilsammen virksomhedens resultater til at blive bedre?',
          'Hvordan måler I jeres digitale tilstedeværelse?',
          'Og det store spørgsmål: Hvordan spiller jeres digitale indsatser sammen?',
        ],
      },
      {
        // [da] "overvåge fremskridt og identificere områder, der kræver opmærksomhed"; [en]
        title: 'Hold kursen',
        questions: [
          'Hvor halter fremskridtet, og hvilke områder kræver opmærksomhed?',
          'Hvornår sammenlignede I sidst resultaterne med jeres webanalyse?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen holdes opdateret og gennemgås jævnligt, den lægges ikke i skuffen.',
      // [da] "Målene skal være synlige og deles på tværs af organisationen"
      'Målene er synlige og deles på tværs af organisationen, så alle arbejder mod de samme mål.',
    ],
    // [no]
    quote: { text: 'Uanset hvor smuk strategien er, bør du en gang imellem se på resultaterne.', author: 'Winston Churchill' },
  },

  situation: {
    sections: [
      {
        // [no]; [en]
        title: 'Målgruppe',
        questions: [
          'Hvem køber dine produkter eller tjenester i dag?',
          'Hvem køber ikke hos dig?',
          'Hvem vil du gerne have til at købe hos dig?',
          'Hvem er dine primære og sekundære målgrupper, og hvem af dem konverterer?',
        ],
      },
      {
        // [no]; [en]
        title: 'Konkurrenter',
        questions: [
          'Hvem er dine konkurrenter?',
          'Hvad gør de bedre end dig?',
          'Hvad gør du anderledes, og hvordan kan du skille dig ud fra konkurrenterne?',
          'Hvad er dit unikke salgsargument (USP)?',
        ],
      },
      {
        // [no]; [sv-wsi]
        title: 'Websitet',
        questions: [
          'Hvem besøger dit website i dag?',
          'Hvilke kanaler skaber trafik til dit website?',
          'Hvilke sider bliver besøgt mest?',
          'Hvilke sider bliver ikke besøgt?',
          'Hvor kommer konverteringerne fra?',
          'Hvordan er kvaliteten af de forskellige sider?',
          'Er websitet indrettet til at nå dine mål?',
        ],
      },
      {
        // [no]; [sv-wsi]
        title: 'Sociale medier',
        questions: [
          'Hvilke kanaler er du til stede på nu?',
          'Hvad får du ud af at være til stede på de forskellige kanaler?',
          'Er det muligt at få mere ud af det?',
          'Er din målgruppe aktiv på en kanal, hvor du ikke er til stede?',
          'Er dine produkter og tjenester relevante for målgruppen på den kanal?',
          'Understøtter hvert opslag dine forretningsmål og bringer dig tættere på dem?',
        ],
      },
      {
        // [no]
        title: 'Søgning',
        questions: ['Hvor synlig er du i en Google-søgning?', 'Hvad søger dine kunder efter?'],
      },
      {
        // [no]
        title: 'Tidligere kampagner',
        questions: ['Hvilke slags kampagner har du kørt?', 'Hvad lærte du af hver af dem?'],
      },
      {
        // [sv-wsi]; [en]
        title: 'Det digitale økosystem',
        questions: [
          'Hvilke digitale investeringer har I, både dem rettet mod kunderne og dem, der gør hverdagen lettere for medarbejderne?',
          'Bringer jeres intranet, CRM eller ERP-system jer tættere på målene ved at spare tid eller skabe resultater?',
          'Hvilket mål og hvilke centrale udfordringer har hver kanal: website, sociale netværk, mobil, CRM, ERP?',
          'Hvilke værktøjer og kanaler har I adgang til, men bruger endnu ikke?',
        ],
      },
    ],
    checklist: [
      // [en]
      'Planen er bygget op om kundeindsigt og kundernes behov, ikke om dine produkter og din taktik.',
      // [sv-wsi]
      'Kanalerne ses som ét økosystem, ikke som adskilte siloer.',
      // [no]
      'Situationen er kortlagt, før den nye strategi lægges: den er værktøjet, du bygger strategien med.',
    ],
  },

  goals: {
    sections: [
      {
        // [no]; [sv]; [da] "bør direkte understøtte dine mål for omsætning eller markedsandel"
        title: 'Hvor skal du hen?',
        questions: [
          'Hvad skal strategien opnå? Vær konkret.',
          'Hvad er forretningsmålet, og hvordan vil du måle det?',
          'Hvad er det egentlig, du vil opnå online?',
          'Understøtter hvert mål direkte din omsætning eller markedsandel?',
        ],
      },
      {
        // [sv]
        title: 'Mål for hver afdeling',
        questions: [
          'Marketing: skabe kendskab, generere leads, få tidligere kunder tilbage, sælge online, lancere nye produkter?',
          'Salg: lukke handler, aflaste sælgerne?',
          'Kundeservice: øge kundetilfredsheden, aflaste førstelinjen?',
        ],
      },
      {
        // [da] "kortsigtede (kvartalsvise), mellemlange (årlige) eller langsigtede (2-5 år)", "baseline-statistikkerne";
        // [no] the book example
        title: 'Tidshorisonter og delmål',
        questions: [
          'Hvad vil du nå i dette kvartal, i år og om to til fem år?',
          'Hvad er din baseline i dag, hvad er målet, og hvornår skal det være nået?',
          'Hvilke delmål fører frem til hovedmålet?',
        ],
        example:
          'For at sælge 120.000 bøger inden næste år sætter en boghandel delmål for antal besøg på websitet, hvor længe artiklerne bliver læst, og antal henvendelser.',
      },
    ],
    checklist: [
      // [da] "specifikke, målbare, opnåelige, realistiske og tidsbegrænsede"; [no], [sv], [en]
      'Specifikt: så tydeligt, at alle forstår det på samme måde.',
      'Målbart: et tal med en baseline og en målværdi.',
      'Opnåeligt og accepteret: dem, der skal nå målet, står bag det.',
      'Realistisk: bygget på indsigt fra din webanalyse.',
      'Tidsbegrænset: det har en dato.',
      // [da] "Undgå at sætte for få mål … men undgå også at sætte for mange mål"
      'Ikke for få mål (så bliver strategien uklar) og ikke for mange (så sløres fokus).',
      // [da] "Disse mål bør gennemgås hvert kvartal"
      'Hvert mål er synligt på tværs af organisationen og gennemgås hvert kvartal.',
    ],
  },

  kpis: {
    sections: [
      {
        // [no]; [da] "kundeoplevelser, økonomiske resultater og driftseffektivitet"
        title: 'Hvad viser, at du er på vej?',
        questions: [
          'Hvilke nøgletal viser, om målet bliver nået?',
          'Hvad tæller som en konvertering for dig: et køb, et besøg, en henvendelse?',
          'Giver KPI’en indsigt i kundeoplevelsen, de økonomiske resultater eller driftseffektiviteten?',
        ],
      },
      {
        // [da], in the seed's words
        title: 'Ejerskab og tempo',
        questions: [
          'Hvem ejer KPI’en og er ansvarlig for at overvåge den og nå målet?',
          'Hvor ofte skal den måles for at afspejle tempoet i din virksomhed: live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året?',
          'Er målet stadig realistisk og opnåeligt, eller skal det revurderes?',
        ],
      },
      {
        // [sv]; [en]
        title: 'Mål de rigtige ting',
        questions: [
          'Styrer du mod dine mål, eller lader du dig lede af forfængelighedstal?',
          'Er en aktivitets KPI nogle gange selve målet?',
          'Hvordan vil du tjekke resultatet af hvert trin og succesen af helheden?',
          'Er jeres webanalyse, fx Google Analytics, sat rigtigt op?',
        ],
      },
    ],
    checklist: [
      // [da]
      'Start med de langsigtede mål, og definér derefter de kortsigtede.',
      'Hver KPI har en ejer.',
      'KPI’er, der hænger sammen med konverteringer, går forud for likes, følgere og sidevisninger.',
      'KPI-målene revurderes med jævne mellemrum.',
    ],
  },

  strategy: {
    sections: [
      {
        // [no]; [sv]
        title: 'Hvordan når du målene?',
        questions: [
          'Hvordan vil du i grove træk nå de mål, du har sat?',
          'Hvordan vil du positionere dig: brand, pris, serviceniveau?',
        ],
      },
      {
        // [sv]
        title: 'Tragten',
        questions: [
          'Hvordan vil du nå kunder og potentielle kunder?',
          'Hvordan vil du engagere dem?',
          'Hvordan vil du få dem til at konvertere?',
          'Hvordan gør du dem til loyale kunder, der vender tilbage?',
        ],
      },
      {
        // [sv]; [en]
        title: 'Kanaler og ressourcer',
        questions: [
          'Hvordan skal de sociale medier bruges?',
          'Hvis du har både en fysisk butik og en webshop, hvordan skal de spille sammen?',
          'Skal I købe trafik eller satse på organisk trafik?',
          'Har I brug for en strategi og en organisation til indhold: hvilket sprog, hvilken målgruppe, hvilke metoder og hvornår?',
          'Skal I klare arbejdet in-house, hyre et bureau eller blande de to?',
        ],
      },
      {
        // [sv-wsi]
        title: 'Kunderejsen',
        questions: [
          'Ved hvilke kontaktpunkter møder kunderne jer, fra de opdager jer, til de er loyale kunder?',
          'Er budskabet ens i alle kanaler og ved alle kontaktpunkter? Ved kundeservice, hvilke kampagner der kører?',
          'Hvordan tilpasses kommunikationen til hver kanal i stedet for at være den samme overalt?',
          'Hvilken information skal kunden have i hvert trin, og hvilke målbare mål følger af det?',
        ],
      },
    ],
    checklist: [
      // [sv-wsi]
      'Alle digitale indsatser trækker mod de overordnede mål.',
      'Silotænkningen er lagt væk: indsatserne er trin i samme retning.',
      'Ingen kampagne vurderes alene på CPC eller CTR: se hele kunderejsen og kundens værdi.',
      // [en]
      'Den er enkel og fri for unødig fagjargon, så andre kan bakke op om den.',
    ],
  },

  activities: {
    sections: [
      {
        // [sv]
        title: 'Hvad vil du gøre?',
        questions: [
          'Hvad gør du for at levere på strategien? Hvilke aktiviteter, og hvornår?',
          'Hvilke kampagner, sæsoner eller mindre projekter står for døren?',
        ],
      },
      {
        // [da] the two scenarios, in the seed's words
        title: 'Backloggen',
        questions: [
          'Har du en klar backlog, eller kun en idé om, hvilke projekter og aktiviteter der er behov for?',
          'Hvilke huller og muligheder i din nuværende strategi kalder på nye aktiviteter?',
          'Understøtter hver aktivitet dine mål og succesfaktorer?',
        ],
      },
      {
        // [da] "cost-benefit-analyse"; [en]; [sv]
        title: 'Prioriteringer',
        questions: [
          'Hvad koster hver aktivitet, og hvad giver den?',
          'Hvor haster den, hvor vigtig er den, og hvad er deadline og budget?',
          'Hvilket team udfører den, og hvem ejer den?',
          'Hvilken KPI skal vise, at den virkede?',
        ],
      },
    ],
    checklist: [
      'De næste 90 dage er planlagt i detaljer, resten kun i grove træk.',
      // [da] "de opgaver, der har størst effekt, først"
      'Opgaverne med størst effekt kommer først.',
      'Hver aktivitet understøtter et mål.',
      // [sv]
      'Færdigt er bedre end perfekt: begynd et sted, og byg videre.',
    ],
  },

  themes: {
    sections: [
      {
        // [da] "forbedring af webstedets ydeevne eller forbedring af kundeoplevelsen"
        title: 'Temaer',
        questions: [
          'Hvilke temaer falder arbejdet ind under, fx webstedets ydeevne eller kundeoplevelsen?',
          'Hvilke aktiviteter, projekter og initiativer hører sammen?',
        ],
      },
      {
        // [da] "high-level budgetter (i timer)", "vedligeholdelse (opgraderinger, fejlrettelser, sikkerhedsopdateringer)"
        title: 'Budgetter',
        questions: [
          'Hvilket budget i timer får hvert tema?',
          'Hvor meget er afsat til vedligeholdelse: opgraderinger, fejlrettelser og sikkerhedsopdateringer?',
          'Hvor stor er den samlede investering, der er nødvendig på hvert område?',
        ],
      },
    ],
    checklist: [
      'Hvert tema har et budget i timer.',
      'Der er en reserve til vedligeholdelse, så nødvendigt vedligehold ikke hindrer roadmappet.',
    ],
  },

  roadmap: {
    sections: [
      {
        // [da] "din visuelle guide til, hvor du skal hen, og hvordan du kommer derhen"
        title: 'Den visuelle plan',
        questions: [
          'Hvor skal du hen, og hvordan kommer du derhen?',
          'Hvilke temaer og vigtige milepæle skal ind på tidslinjen?',
          'Giver det et godt overblik for interessenter og et detaljeret overblik for dem, der udfører opgaverne?',
        ],
      },
      {
        // [da]; [en]
        title: 'Hold det realistisk',
        questions: [
          'Er der afsat tid til fejlrettelse og vedligeholdelse, så roadmappet ikke hindres af det?',
          'Er det nemt at opdatere, når virksomhedens behov og mål ændrer sig?',
          'Er der en klar vision for året med detaljer kun for de næste 90 dage?',
        ],
      },
    ],
    checklist: [
      'Temaer og milepæle ligger på en tidslinje, du kan dele.',
      'Roadmappet er fleksibelt og nemt at opdatere.',
    ],
  },

  reviews: {
    sections: [
      {
        // [no]; [da]; [en]
        title: 'Resultater',
        questions: [
          'Hvordan klarer resultaterne sig i forhold til målene?',
          'Hvilke mål kræver opmærksomhed, og hvorfor?',
          'Hvor er hullerne?',
        ],
      },
      {
        // [sv]
        title: 'Eksperimenter',
        questions: [
          'Hvad testede I, og hvad blev resultatet?',
          'Hvad lærte I, og hvad prøver I næste gang?',
          'Går noget dårligere end ventet, eller bedre, så taktik eller aktiviteter bør lægges om?',
          'Hvad kan forbedres på websitet, så det konverterer bedre?',
        ],
      },
      {
        // [en]; [da]
        title: 'Justér kursen',
        questions: [
          'Hvilke indsatser vil I analysere og ændre for at arbejde mere effektivt?',
          'Er målene stadig realistiske og opnåelige?',
        ],
      },
    ],
    checklist: [
      'Hvert mål gennemgås hvert kvartal.',
      'Eksperimentér. Fejl. Lær. Gentag.',
      'Planen opdateres efter hver opfølgning. Færdig? Så gør det igen.',
    ],
    // [no]
    quote: { text: 'Uanset hvor smuk strategien er, bør du en gang imellem se på resultaterne.', author: 'Winston Churchill' },
  },
};
