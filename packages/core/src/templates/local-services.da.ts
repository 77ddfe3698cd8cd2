import type { LocalServicesWords } from './local-services.en.js';

export const localServicesDa: LocalServicesWords = {
  objective: 'Hvilket forretningsmål skal det digitale arbejde understøtte? For eksempel: flere bookinger i hver afdeling, eller en ny afdeling fuldt booket inden for et år.',
  audiences: {
    regulars: { name: 'Kunder, der kommer hos os i dag', notes: 'Hvem er de, hvilken afdeling bruger de, og hvor tit kommer de igen?' },
    neighbours: { name: 'Folk i nærheden, der går andre steder hen', notes: 'Hvorfor vælger de en anden?' },
    'new-groups': { name: 'Kunder, du vil vinde', notes: 'Hvilke grupper tæt på afdelingerne burde komme til dig?' },
  },
  competitors: {
    independents: {
      name: 'Lokale selvstændige tæt på hver afdeling',
      better_at: ['personlig service', 'godt lokalt omdømme'],
      our_difference: 'Hvad får kunden hos en kæde, som de ikke får hos butikken på hjørnet?',
    },
    chains: {
      name: 'Landsdækkende kæder og bookingplatforme',
      better_at: ['synlighed i søgninger', 'onlinebooking'],
      our_difference: 'Hvordan skiller du dig ud fra dem?',
    },
  },
  channels: {
    website: { name: 'Websted med en side for hver afdeling', goal: 'Gøre besøgende til bookinger', challenges: 'Passer åbningstider, priser og booking for alle afdelinger?' },
    maps: { name: 'Google-virksomhedsprofiler og kort', goal: 'Blive fundet lokalt, med gode anmeldelser', notes: 'Er hver afdeling oprettet, komplet og opdateret?' },
    ads: { name: 'Lokale søgeannoncer', goal: 'Fylde stille uger og nye afdelinger', notes: 'Har I prøvet dem? Hvad kostede en booking?' },
    social: { name: 'Facebook og Instagram', goal: 'Vise menneskene og arbejdet i hver afdeling', notes: 'Slår hver afdeling selv op, eller kun hovedkontoret?' },
    reminders: { name: 'Påmindelser på sms og mail', goal: 'Få kunderne tilbage på det rigtige tidspunkt', notes: 'Har I kundernes samtykke og kontaktoplysninger?' },
  },
  findings: [
    'Hvilke afdelinger får flest bookinger, og hvorfor?',
    'Hvor synlig er hver afdeling i en lokal Google-søgning og på kort?',
    'Hvad siger anmeldelserne, og hvor mange har hver afdeling?',
    'Hvilke kanaler giver bookingerne: telefon, walk-in, webstedet?',
    'Hvilke sider på webstedet bliver besøgt mest, og hvilke bliver slet ikke besøgt?',
    'Hvilke kampagner har I kørt, og hvad lærte I af dem?',
  ],
  goals: {
    'first-choice': { title: 'Være førstevalget i alle byer, hvor vi har en afdeling', description: 'Hvor stor en andel af bookingerne skal ske online om to-tre år?' },
    'regular-customers': { title: 'Kunder, der bliver hos os i mange år', description: 'Hvor mange kunder skal komme igen år efter år?' },
    bookings: { title: 'Onlinebookinger i år', description: 'Tæl bookinger for alle afdelinger; sidste års tal er baseline.' },
    'come-back': { title: 'Andel kunder, der kommer igen inden for et år', description: 'Mål det i bookingsystemet eller kunderegistret.' },
    'local-visibility': { title: 'Handlinger fra Google-profilerne i første kvartal', description: 'Opkald, rutevejledninger og klik til webstedet for alle afdelinger.' },
    reviews: { title: 'Nye anmeldelser ved udgangen af andet kvartal', description: 'Sæt et antal for hver afdeling, og læg dem sammen.' },
  },
  kpis: {
    'online-share': { name: 'Andel bookinger online', definition: 'Onlinebookinger divideret med alle bookinger, i procent' },
    'online-bookings': { name: 'Onlinebookinger', definition: 'Bookinger på webstedet eller i bookingsystemet, fratrukket aflysninger' },
    'profile-actions': { name: 'Handlinger fra Google-profilerne', definition: 'Opkald, rutevejledninger og klik til webstedet fra alle afdelingers profiler' },
    'new-reviews': { name: 'Nye anmeldelser', definition: 'Nye anmeldelser på alle afdelingers Google-profiler' },
    returning: { name: 'Tilbagevendende kunder', definition: 'Andel af de seneste tolv måneders kunder med to eller flere besøg' },
  },
  funnel: {
    reach: 'Hvordan finder folk i nærheden dig? For eksempel: komplette Google-profiler, en side for hver afdeling, lokale annoncer.',
    engage: 'Hvad får dem til at vælge dig? For eksempel: anmeldelser, synlige priser, billeder af folkene og arbejdet.',
    convert: 'Hvor nemt er det at booke? For eksempel: onlinebooking med tre klik, ring direkte fra mobilen.',
    retain: 'Hvad får dem til at komme igen? For eksempel: påmindelser, når næste service nærmer sig, et tak efter besøget.',
  },
  positioning: 'Hvorfor skal kunderne vælge dig frem for den lokale selvstændige i nærheden? Skriv det i én sætning.',
  content: 'Hvad skal hver afdeling vise, og hvem skriver det? For eksempel: et lokalt opslag om måneden pr. afdeling og svar på hver anmeldelse.',
  themes: {
    local: { name: 'Lokal synlighed', description: 'Google-profiler, afdelingssider og anmeldelser' },
    booking: { name: 'Onlinebooking', description: 'Booking for alle afdelinger, også på mobilen' },
    relationship: { name: 'Kunder, der kommer igen', description: 'Påmindelser og lokal kontakt' },
    upkeep: { name: 'Vedligeholdelse', description: 'Opgraderinger, fejlrettelser og sikkerhedsopdateringer af websted og bookingsystem' },
  },
  activities: {
    profiles: { title: 'Gør Google-profilen færdig for hver afdeling', description: 'Åbningstider, ydelser, billeder og et link til booking.' },
    'review-requests': { title: 'Bed om en anmeldelse efter hvert besøg', description: 'En sms eller mail dagen efter, med et direkte link.' },
    'location-pages': { title: 'En side for hver afdeling', description: 'Adresse, åbningstider, ydelser, priser, medarbejderne og en bookingknap.' },
    'online-booking': { title: 'Onlinebooking for alle afdelinger', description: 'Vælg afdeling, ydelse og tidspunkt, og få en bekræftelse.' },
    'local-posts': { title: 'Lokale opslag på Facebook og Instagram', description: 'Et opslag om måneden pr. afdeling, skrevet af dem, der arbejder der.' },
    reminders: { title: 'Påmindelser, når næste besøg nærmer sig', description: 'På sms eller mail, med et link til booking.' },
    'local-ads': { title: 'Lokale søgeannoncer til stille uger', description: 'Annoncer omkring de afdelinger, der har ledige tider.' },
    upkeep: { title: 'Drift af websted og bookingsystem', description: 'Timer afsat hen over året.' },
  },
  milestones: {
    'pages-live': { title: 'Afdelingssiderne er i luften' },
    'booking-live': { title: 'Onlinebooking åben i alle afdelinger' },
  },
};
