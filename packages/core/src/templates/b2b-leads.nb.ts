import type { B2bLeadsWords } from './b2b-leads.en.js';

export const b2bLeadsNb: B2bLeadsWords = {
  objective: 'Hvilket forretningsmål skal markedsføringen bidra til? For eksempel: … nye kunder i år, eller at salg bruker tiden på de riktige prospektene.',
  audiences: {
    customers: { name: 'Kundene i dag', notes: 'Hvilke bransjer, bedriftsstørrelser og roller kjøper av deg i dag?' },
    'lost-prospects': { name: 'Prospekter som valgte noen andre', notes: 'Hvorfor sa de nei?' },
    'target-accounts': { name: 'Målkunder du vil vinne', notes: 'Hvilke bedrifter, og hvem tar beslutningen der?' },
  },
  competitors: {
    established: {
      name: 'Etablerte leverandører i markedet ditt',
      better_at: ['kjennskap til merkevaren', 'referanser'],
      our_difference: 'Hva gjør du annerledes, og hvordan kan du bevise det?',
    },
    'status-quo': {
      name: 'Å ikke gjøre noe, eller gjøre det selv',
      better_at: ['ingen kostnad i starten'],
      our_difference: 'Hva koster det kunden å vente?',
    },
  },
  channels: {
    website: { name: 'Nettsted', goal: 'Gjøre de riktige besøkende til leads', challenges: 'Svarer tjenestesidene på kjøperens spørsmål? Er det lett å ta kontakt?' },
    linkedin: { name: 'LinkedIn', goal: 'Nå beslutningstakere hos målkundene', notes: 'Publiserer ekspertene dine, eller bare bedriftssiden?' },
    search: { name: 'Google-søk (SEO)', goal: 'Bli funnet når kjøpere søker etter problemet du løser', notes: 'Hva søker kjøperne etter, og hvor synlig er du?' },
    email: { name: 'E-post og nyhetsbrev', goal: 'Holde leads varme til de er klare til å kjøpe', notes: 'Hvor mange kontakter har du, og åpner de?' },
    crm: { name: 'CRM', goal: 'Følge hver lead fra første kontakt til signert avtale', notes: 'Havner alle leads fra nettstedet her?' },
  },
  findings: [
    'Hvilke kanaler gir leads som blir kunder?',
    'Hvilke sider leser prospektene før de tar kontakt?',
    'Hvor lang tid tar det fra første besøk til signert avtale?',
    'Hva søker kjøperne etter når de har problemet du løser?',
    'Følger salg opp leads fra nettstedet, og hvor raskt?',
    'Hva slags kampanjer eller arrangementer har du kjørt, og hva kom ut av dem?',
  ],
  goals: {
    'digital-deals': { title: 'Vinne de fleste nye kundene gjennom digitale kanaler', description: 'Hvor stor andel av nye avtaler skal starte på nett om to–tre år?' },
    'keep-customers': { title: 'Kunder som fornyer og utvider avtalene sine', description: 'Hvor mange kunder skal fornye og utvide hvert år?' },
    'qualified-leads': { title: 'Kvalifiserte leads levert til salg i år', description: 'Bli enige med salg om hva en kvalifisert lead er før du setter tallet.' },
    retention: { title: 'Andel kunder som fornyer i år', description: 'Mål det i CRM-systemet.' },
    'service-visits': { title: 'Besøk på tjenestesidene i første kvartal', description: 'Delmål for leads: de riktige besøkende finner deg.' },
    'website-leads': { title: 'Leads fra nettstedet innen utgangen av andre kvartal', description: 'Kontaktskjemaer, forespørsler om demo og nedlastinger med kontaktinformasjon.' },
  },
  kpis: {
    'digital-deal-share': { name: 'Andel nye avtaler som startet på nett', definition: 'Nye avtaler der første kontakt kom gjennom en digital kanal, delt på alle nye avtaler' },
    sql: { name: 'Salgskvalifiserte leads', definition: 'Leads som salg har godtatt som kvalifiserte, telt i CRM-systemet' },
    'website-leads': { name: 'Leads fra nettstedet', definition: 'Innsendte kontaktskjemaer, forespørsler om demo og nedlastinger med kontaktinformasjon' },
    'service-visits': { name: 'Besøk på tjenestesidene', definition: 'Økter som når minst én tjenesteside, fra analyseverktøyet' },
    downloads: { name: 'Nedlastinger av guider', definition: 'Nedlastinger av guider og annet innhold bak et skjema' },
    retention: { name: 'Kundelojalitet', definition: 'Andel av fjorårets kunder som fortsatt er kunder' },
  },
  funnel: {
    reach: 'Hvordan hører kjøperne hos målkundene om deg? For eksempel: SEO på problemene du løser, innlegg fra ekspertene dine på LinkedIn.',
    engage: 'Hva gjør at de vil vite mer? For eksempel: en praktisk guide, et webinar, kundehistorier.',
    convert: 'Hva gjør interesse til et møte? For eksempel: en tydelig kontaktside, rask oppfølging fra salg, en felles definisjon av kvalifisert lead.',
    retain: 'Hvordan blir kundene værende og kjøper mer? For eksempel: nyhetsbrev til kunder, faste oppfølgingsmøter, referanser.',
  },
  positioning: 'Hvilket problem løser du bedre enn noen andre, og for hvem? Skriv det i én setning.',
  content: 'Hvilket innhold, på hvilket språk, for hvilke roller og hvor ofte? For eksempel: én fagartikkel i måneden og en guide hvert halvår.',
  themes: {
    content: { name: 'Innhold og synlighet', description: 'Tjenestesider, innlegg fra ekspertene og guider' },
    capture: { name: 'Leads og oppfølging', description: 'Skjemaer, CRM og det salg får' },
    nurture: { name: 'Pleie av leads og kunder', description: 'E-post til leads og til kunder' },
    upkeep: { name: 'Vedlikehold', description: 'Oppgraderinger, feilrettinger og sikkerhetsoppdateringer av nettsted og CRM' },
  },
  activities: {
    'lead-definition': { title: 'Bli enige med salg om hva en kvalifisert lead er', description: 'En felles definisjon, og hvem som følger opp innen hvor mange dager.' },
    'crm-forms': { title: 'Koble skjemaene på nettstedet til CRM', description: 'Hver lead når salg med kilden sin.' },
    'service-pages': { title: 'Skriv om tjenestesidene rundt kundens problemer', description: 'Kjøperens spørsmål, svar, bevis og et tydelig neste steg.' },
    'linkedin-posts': { title: 'Ukentlige LinkedIn-innlegg fra ekspertene', description: 'Korte, nyttige innlegg som lenker til nettstedet.' },
    guide: { title: 'En praktisk guide til nedlasting', description: 'Så nyttig at en kjøper gir e-postadressen sin for den.' },
    'case-studies': { title: 'Kundehistorier med resultater', description: 'Spør fornøyde kunder; få resultatet fortalt med deres ord.' },
    'nurture-flow': { title: 'E-poster til leads som ikke er klare til å kjøpe', description: 'En kort serie som hjelper dem å bestemme seg.' },
    'customer-newsletter': { title: 'Nyhetsbrev til eksisterende kunder', description: 'Nyheter, tips og invitasjoner, hvert kvartal.' },
    webinar: { title: 'Webinar for målkundene', description: 'Et tema de bryr seg om, med en ekspert og en kunde.' },
    upkeep: { title: 'Drift av nettsted og CRM', description: 'Timer satt av gjennom året.' },
  },
  milestones: {
    'forms-live': { title: 'Skjemaene på nettstedet går rett inn i CRM' },
    'guide-launch': { title: 'Guiden er publisert' },
  },
};
