import type { B2bLeadsWords } from './b2b-leads.en.js';

export const b2bLeadsDa: B2bLeadsWords = {
  objective: 'Hvilket forretningsmål skal marketing understøtte? For eksempel: … nye kunder i år, eller at salg bruger tiden på de rigtige emner.',
  audiences: {
    customers: { name: 'Kunderne i dag', notes: 'Hvilke brancher, virksomhedsstørrelser og roller køber hos dig i dag?' },
    'lost-prospects': { name: 'Emner, der valgte en anden', notes: 'Hvorfor sagde de nej?' },
    'target-accounts': { name: 'Målkunder, du vil vinde', notes: 'Hvilke virksomheder, og hvem træffer beslutningen dér?' },
  },
  competitors: {
    established: {
      name: 'Etablerede leverandører på dit marked',
      better_at: ['kendskab til brandet', 'referencer'],
      our_difference: 'Hvad gør du anderledes, og hvordan kan du bevise det?',
    },
    'status-quo': {
      name: 'At lade være, eller at gøre det selv',
      better_at: ['ingen udgift fra start'],
      our_difference: 'Hvad koster det kunden at vente?',
    },
  },
  channels: {
    website: { name: 'Websted', goal: 'Gøre de rigtige besøgende til leads', challenges: 'Svarer ydelsessiderne på køberens spørgsmål? Er det nemt at tage kontakt?' },
    linkedin: { name: 'LinkedIn', goal: 'Nå beslutningstagere hos målkunderne', notes: 'Slår jeres eksperter selv op, eller kun virksomhedssiden?' },
    search: { name: 'Google-søgning (SEO)', goal: 'Blive fundet, når købere søger efter det problem, du løser', notes: 'Hvad søger køberne efter, og hvor synlig er du?' },
    email: { name: 'Mail og nyhedsbrev', goal: 'Holde leads varme, til de er klar til at købe', notes: 'Hvor mange kontakter har du, og åbner de?' },
    crm: { name: 'CRM', goal: 'Følge hvert lead fra første kontakt til underskrevet aftale', notes: 'Havner alle leads fra webstedet her?' },
  },
  findings: [
    'Hvilke kanaler giver de leads, der bliver til kunder?',
    'Hvilke sider læser emnerne, før de tager kontakt?',
    'Hvor lang tid går der fra første besøg til underskrevet aftale?',
    'Hvad søger køberne efter, når de har det problem, du løser?',
    'Følger salg op på leads fra webstedet, og hvor hurtigt?',
    'Hvilke kampagner eller events har I kørt, og hvad kom der ud af dem?',
  ],
  goals: {
    'digital-deals': { title: 'Vinde de fleste nye kunder gennem digitale kanaler', description: 'Hvor stor en andel af nye aftaler skal starte online om to-tre år?' },
    'keep-customers': { title: 'Kunder, der fornyer og udvider deres aftaler', description: 'Hvor mange kunder skal forny og udvide hvert år?' },
    'qualified-leads': { title: 'Kvalificerede leads givet videre til salg i år', description: 'Bliv enige med salg om, hvad et kvalificeret lead er, før du sætter tallet.' },
    retention: { title: 'Andel kunder, der fornyer i år', description: 'Mål det i CRM-systemet.' },
    'service-visits': { title: 'Besøg på ydelsessiderne i første kvartal', description: 'Delmål for leads: de rigtige besøgende finder jer.' },
    'website-leads': { title: 'Leads fra webstedet ved udgangen af andet kvartal', description: 'Kontaktformularer, demoforespørgsler og downloads med kontaktoplysninger.' },
  },
  kpis: {
    'digital-deal-share': { name: 'Andel nye aftaler, der startede online', definition: 'Nye aftaler, hvor første kontakt kom gennem en digital kanal, divideret med alle nye aftaler' },
    sql: { name: 'Salgskvalificerede leads', definition: 'Leads, som salg har godkendt som kvalificerede, talt i CRM-systemet' },
    'website-leads': { name: 'Leads fra webstedet', definition: 'Indsendte kontaktformularer, demoforespørgsler og downloads med kontaktoplysninger' },
    'service-visits': { name: 'Besøg på ydelsessiderne', definition: 'Sessioner, der når mindst én ydelsesside, fra analyseværktøjet' },
    downloads: { name: 'Downloads af guides', definition: 'Downloads af guides og andet indhold bag en formular' },
    retention: { name: 'Kundeloyalitet', definition: 'Andel af sidste års kunder, der stadig er kunder' },
  },
  funnel: {
    reach: 'Hvordan hører køberne hos målkunderne om jer? For eksempel: SEO på de problemer, I løser, opslag fra jeres eksperter på LinkedIn.',
    engage: 'Hvad får dem til at ville vide mere? For eksempel: en praktisk guide, et webinar, kundecases.',
    convert: 'Hvad gør interesse til et møde? For eksempel: en tydelig kontaktside, hurtig opfølgning fra salg, en fælles definition af et kvalificeret lead.',
    retain: 'Hvordan bliver kunderne og køber mere? For eksempel: nyhedsbrev til kunder, faste opfølgningsmøder, referencer.',
  },
  positioning: 'Hvilket problem løser I bedre end nogen anden, og for hvem? Skriv det i én sætning.',
  content: 'Hvilket indhold, på hvilket sprog, til hvilke roller og hvor tit? For eksempel: én fagartikel om måneden og en guide hvert halve år.',
  themes: {
    content: { name: 'Indhold og synlighed', description: 'Ydelsessider, opslag fra eksperterne og guides' },
    capture: { name: 'Leads og opfølgning', description: 'Formularer, CRM og det, salg modtager' },
    nurture: { name: 'Pleje af leads og kunder', description: 'Mails til leads og til kunder' },
    upkeep: { name: 'Vedligeholdelse', description: 'Opgraderinger, fejlrettelser og sikkerhedsopdateringer af websted og CRM' },
  },
  activities: {
    'lead-definition': { title: 'Bliv enige med salg om, hvad et kvalificeret lead er', description: 'En fælles definition, og hvem der følger op inden for hvor mange dage.' },
    'crm-forms': { title: 'Forbind webstedets formularer med CRM', description: 'Hvert lead når salg med sin kilde.' },
    'service-pages': { title: 'Skriv ydelsessiderne om ud fra kundens problemer', description: 'Køberens spørgsmål, svar, beviser og et tydeligt næste skridt.' },
    'linkedin-posts': { title: 'Ugentlige LinkedIn-opslag fra eksperterne', description: 'Korte, nyttige opslag, der linker til webstedet.' },
    guide: { title: 'En praktisk guide til download', description: 'Så nyttig, at en køber giver sin mailadresse for den.' },
    'case-studies': { title: 'Kundecases med resultater', description: 'Spørg tilfredse kunder; lad dem fortælle resultatet med egne ord.' },
    'nurture-flow': { title: 'Mails til leads, der ikke er klar til at købe', description: 'En kort serie, der hjælper dem med at beslutte sig.' },
    'customer-newsletter': { title: 'Nyhedsbrev til eksisterende kunder', description: 'Nyheder, gode råd og invitationer, hvert kvartal.' },
    webinar: { title: 'Webinar for målkunderne', description: 'Et emne, de går op i, med en ekspert og en kunde.' },
    upkeep: { title: 'Drift af websted og CRM', description: 'Timer afsat hen over året.' },
  },
  milestones: {
    'forms-live': { title: 'Webstedets formularer går direkte ind i CRM' },
    'guide-launch': { title: 'Guiden er udgivet' },
  },
};
