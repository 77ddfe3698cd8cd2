import type { B2bLeadsWords } from './b2b-leads.en.js';

export const b2bLeadsSv: B2bLeadsWords = {
  objective: 'Vilket affärsmål ska marknadsföringen bidra till? Till exempel: … nya kunder i år, eller att sälj lägger sin tid på rätt prospekt.',
  audiences: {
    customers: { name: 'Kunderna i dag', notes: 'Vilka branscher, företagsstorlekar och roller köper av dig i dag?' },
    'lost-prospects': { name: 'Prospekt som valde någon annan', notes: 'Varför sa de nej?' },
    'target-accounts': { name: 'Målkunder du vill vinna', notes: 'Vilka företag, och vem fattar beslutet där?' },
  },
  competitors: {
    established: {
      name: 'Etablerade leverantörer på din marknad',
      better_at: ['varumärkeskännedom', 'referenser'],
      our_difference: 'Vad gör du annorlunda, och hur kan du bevisa det?',
    },
    'status-quo': {
      name: 'Att inte göra något, eller göra det själva',
      better_at: ['ingen kostnad i början'],
      our_difference: 'Vad kostar det kunden att vänta?',
    },
  },
  channels: {
    website: { name: 'Webbplats', goal: 'Göra rätt besökare till leads', challenges: 'Svarar tjänstesidorna på köparens frågor? Är det lätt att ta kontakt?' },
    linkedin: { name: 'LinkedIn', goal: 'Nå beslutsfattare hos målkunderna', notes: 'Publicerar era experter, eller bara företagssidan?' },
    search: { name: 'Google-sök (SEO)', goal: 'Synas när köpare söker efter problemet du löser', notes: 'Vad söker köparna efter, och hur synlig är du?' },
    email: { name: 'Mejl och nyhetsbrev', goal: 'Hålla leads varma tills de är redo att köpa', notes: 'Hur många kontakter har du, och öppnar de?' },
    crm: { name: 'CRM', goal: 'Följa varje lead från första kontakt till signerat avtal', notes: 'Hamnar alla leads från webbplatsen här?' },
  },
  findings: [
    'Vilka kanaler ger leads som blir kunder?',
    'Vilka sidor läser prospekten innan de tar kontakt?',
    'Hur lång tid tar det från första besök till signerat avtal?',
    'Vad söker köparna efter när de har problemet du löser?',
    'Följer sälj upp leads från webbplatsen, och hur snabbt?',
    'Vilka kampanjer eller evenemang har ni kört, och vad kom ut av dem?',
  ],
  goals: {
    'digital-deals': { title: 'Vinna de flesta nya kunderna genom digitala kanaler', description: 'Hur stor andel av nya affärer ska börja online om två–tre år?' },
    'keep-customers': { title: 'Kunder som förnyar och utökar sina avtal', description: 'Hur många kunder ska förnya och utöka varje år?' },
    'qualified-leads': { title: 'Kvalificerade leads till sälj i år', description: 'Kom överens med sälj om vad ett kvalificerat lead är innan du sätter siffran.' },
    retention: { title: 'Andel kunder som förnyar i år', description: 'Mät det i CRM-systemet.' },
    'service-visits': { title: 'Besök på tjänstesidorna under första kvartalet', description: 'Delmål för leads: rätt besökare hittar er.' },
    'website-leads': { title: 'Leads från webbplatsen vid slutet av andra kvartalet', description: 'Kontaktformulär, demoförfrågningar och nedladdningar med kontaktuppgifter.' },
  },
  kpis: {
    'digital-deal-share': { name: 'Andel nya affärer som började online', definition: 'Nya affärer där första kontakten kom via en digital kanal, delat med alla nya affärer' },
    sql: { name: 'Säljkvalificerade leads', definition: 'Leads som sälj har godkänt som kvalificerade, räknade i CRM-systemet' },
    'website-leads': { name: 'Leads från webbplatsen', definition: 'Skickade kontaktformulär, demoförfrågningar och nedladdningar med kontaktuppgifter' },
    'service-visits': { name: 'Besök på tjänstesidorna', definition: 'Sessioner som når minst en tjänstesida, från analysverktyget' },
    downloads: { name: 'Nedladdningar av guider', definition: 'Nedladdningar av guider och annat innehåll bakom ett formulär' },
    retention: { name: 'Kundlojalitet', definition: 'Andel av fjolårets kunder som fortfarande är kunder' },
  },
  funnel: {
    reach: 'Hur får köparna hos målkunderna höra talas om er? Till exempel: SEO på problemen ni löser, inlägg av era experter på LinkedIn.',
    engage: 'Vad får dem att vilja veta mer? Till exempel: en praktisk guide, ett webbinarium, kundcase.',
    convert: 'Vad gör intresse till ett möte? Till exempel: en tydlig kontaktsida, snabb uppföljning från sälj, en gemensam definition av kvalificerat lead.',
    retain: 'Hur stannar kunderna och köper mer? Till exempel: nyhetsbrev till kunder, regelbundna avstämningar, referenser.',
  },
  positioning: 'Vilket problem löser ni bättre än någon annan, och för vem? Skriv det i en mening.',
  content: 'Vilket innehåll, på vilket språk, för vilka roller och hur ofta? Till exempel: en expertartikel i månaden och en guide varje halvår.',
  themes: {
    content: { name: 'Innehåll och synlighet', description: 'Tjänstesidor, expertinlägg och guider' },
    capture: { name: 'Leads och uppföljning', description: 'Formulär, CRM och det sälj får' },
    nurture: { name: 'Bearbetning av leads och kunder', description: 'Mejl till leads och till kunder' },
    upkeep: { name: 'Underhåll', description: 'Uppgraderingar, buggfixar och säkerhetsuppdateringar av webbplats och CRM' },
  },
  activities: {
    'lead-definition': { title: 'Kom överens med sälj om vad ett kvalificerat lead är', description: 'En gemensam definition, och vem som följer upp inom hur många dagar.' },
    'crm-forms': { title: 'Koppla webbplatsens formulär till CRM', description: 'Varje lead når sälj med sin källa.' },
    'service-pages': { title: 'Skriv om tjänstesidorna utifrån kundens problem', description: 'Köparens frågor, svar, bevis och ett tydligt nästa steg.' },
    'linkedin-posts': { title: 'Inlägg på LinkedIn varje vecka av era experter', description: 'Korta, nyttiga inlägg som länkar till webbplatsen.' },
    guide: { title: 'En praktisk guide att ladda ner', description: 'Så nyttig att en köpare lämnar sin mejladress för den.' },
    'case-studies': { title: 'Kundcase med resultat', description: 'Fråga nöjda kunder; låt dem berätta resultatet med egna ord.' },
    'nurture-flow': { title: 'Mejl till leads som inte är redo att köpa', description: 'En kort serie som hjälper dem att bestämma sig.' },
    'customer-newsletter': { title: 'Nyhetsbrev till befintliga kunder', description: 'Nyheter, tips och inbjudningar, varje kvartal.' },
    webinar: { title: 'Webbinarium för målkunderna', description: 'Ett ämne de bryr sig om, med en expert och en kund.' },
    upkeep: { title: 'Drift av webbplats och CRM', description: 'Timmar avsatta under året.' },
  },
  milestones: {
    'forms-live': { title: 'Webbplatsens formulär går direkt in i CRM' },
    'guide-launch': { title: 'Guiden publicerad' },
  },
};
