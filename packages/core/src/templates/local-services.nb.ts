import type { LocalServicesWords } from './local-services.en.js';

export const localServicesNb: LocalServicesWords = {
  objective: 'Hvilket forretningsmål skal det digitale arbeidet bidra til? For eksempel: flere bestillinger i hver avdeling, eller en ny avdeling fullbooket innen et år.',
  audiences: {
    regulars: { name: 'Kunder som kommer til oss i dag', notes: 'Hvem er de, hvilken avdeling bruker de, og hvor ofte kommer de tilbake?' },
    neighbours: { name: 'Folk i nærheten som går andre steder', notes: 'Hvorfor velger de noen andre?' },
    'new-groups': { name: 'Kunder du vil vinne', notes: 'Hvilke grupper i nærheten av avdelingene bør komme til deg?' },
  },
  competitors: {
    independents: {
      name: 'Lokale aktører i nærheten av hver avdeling',
      better_at: ['personlig service', 'godt rykte lokalt'],
      our_difference: 'Hva får kunden hos en kjede som de ikke får hos butikken på hjørnet?',
    },
    chains: {
      name: 'Landsdekkende kjeder og bookingplattformer',
      better_at: ['synlighet i søk', 'timebestilling på nett'],
      our_difference: 'Hvordan skiller du deg ut fra dem?',
    },
  },
  channels: {
    website: { name: 'Nettsted med en side per avdeling', goal: 'Gjøre besøkende til bestillinger', challenges: 'Stemmer åpningstider, priser og timebestilling for alle avdelinger?' },
    maps: { name: 'Google-bedriftsprofiler og kart', goal: 'Bli funnet lokalt, med gode omtaler', notes: 'Er hver avdeling registrert, komplett og oppdatert?' },
    ads: { name: 'Lokale søkeannonser', goal: 'Fylle rolige uker og nye avdelinger', notes: 'Har du prøvd dem? Hva kostet en bestilling?' },
    social: { name: 'Facebook og Instagram', goal: 'Vise menneskene og arbeidet i hver avdeling', notes: 'Publiserer hver avdeling, eller bare hovedkontoret?' },
    reminders: { name: 'Påminnelser på SMS og e-post', goal: 'Få kundene tilbake til rett tid', notes: 'Har du samtykke og kontaktinformasjon fra kundene?' },
  },
  findings: [
    'Hvilke avdelinger får flest bestillinger, og hvorfor?',
    'Hvor synlig er hver avdeling i et lokalt Google-søk og på kart?',
    'Hva sier omtalene, og hvor mange har hver avdeling?',
    'Hvilke kanaler gir bestillingene: telefon, drop-in, nettsidene?',
    'Hvilke sider på nettstedet er mest besøkt, og hvilke blir ikke besøkt?',
    'Hva slags kampanjer har du kjørt, og hva er erfaringen med dem?',
  ],
  goals: {
    'first-choice': { title: 'Være førstevalget i alle byer der vi har en avdeling', description: 'Hvor stor andel av bestillingene skal skje på nett om to–tre år?' },
    'regular-customers': { title: 'Kunder som blir hos oss i mange år', description: 'Hvor mange kunder skal komme tilbake år etter år?' },
    bookings: { title: 'Bestillinger på nett i år', description: 'Tell bestillinger for alle avdelinger; fjorårets tall er utgangspunktet.' },
    'come-back': { title: 'Andel kunder som kommer tilbake innen et år', description: 'Mål det i bookingsystemet eller kunderegisteret.' },
    'local-visibility': { title: 'Handlinger fra Google-profilene i første kvartal', description: 'Anrop, veibeskrivelser og klikk til nettstedet for alle avdelinger.' },
    reviews: { title: 'Nye omtaler innen utgangen av andre kvartal', description: 'Sett et antall per avdeling, og legg dem sammen.' },
  },
  kpis: {
    'online-share': { name: 'Andel bestillinger på nett', definition: 'Bestillinger på nett delt på alle bestillinger, i prosent' },
    'online-bookings': { name: 'Bestillinger på nett', definition: 'Bestillinger på nettstedet eller i bookingsystemet, avbestillinger trukket fra' },
    'profile-actions': { name: 'Handlinger fra Google-profilene', definition: 'Anrop, veibeskrivelser og klikk til nettstedet fra alle avdelingenes profiler' },
    'new-reviews': { name: 'Nye omtaler', definition: 'Nye omtaler på Google-profilene til alle avdelinger' },
    returning: { name: 'Kunder som kommer tilbake', definition: 'Andel av kundene siste tolv måneder med to eller flere besøk' },
  },
  funnel: {
    reach: 'Hvordan finner folk i nærheten deg? For eksempel: komplette Google-profiler, en side per avdeling, lokale annonser.',
    engage: 'Hva får dem til å velge deg? For eksempel: omtaler, synlige priser, bilder av folkene og arbeidet.',
    convert: 'Hvor lett er det å bestille? For eksempel: timebestilling på nett med tre klikk, ring direkte fra mobilen.',
    retain: 'Hva får dem tilbake? For eksempel: påminnelse når neste service nærmer seg, en takk etter besøket.',
  },
  positioning: 'Hvorfor skal kundene velge deg framfor den lokale aktøren i nærheten? Skriv det i én setning.',
  content: 'Hva skal hver avdeling vise, og hvem skriver det? For eksempel: ett lokalt innlegg i måneden per avdeling og svar på hver omtale.',
  themes: {
    local: { name: 'Lokal synlighet', description: 'Google-profiler, avdelingssider og omtaler' },
    booking: { name: 'Timebestilling på nett', description: 'Bestilling for alle avdelinger, også på mobil' },
    relationship: { name: 'Kunder som kommer tilbake', description: 'Påminnelser og lokal kontakt' },
    upkeep: { name: 'Vedlikehold', description: 'Oppgraderinger, feilrettinger og sikkerhetsoppdateringer av nettsted og bookingsystem' },
  },
  activities: {
    profiles: { title: 'Fullfør Google-profilen til hver avdeling', description: 'Åpningstider, tjenester, bilder og lenke til timebestilling.' },
    'review-requests': { title: 'Be om en omtale etter hvert besøk', description: 'En SMS eller e-post dagen etter, med en direkte lenke.' },
    'location-pages': { title: 'En side per avdeling', description: 'Adresse, åpningstider, tjenester, priser, de ansatte og en bestillingsknapp.' },
    'online-booking': { title: 'Timebestilling på nett for alle avdelinger', description: 'Velg avdeling, tjeneste og tidspunkt, og få en bekreftelse.' },
    'local-posts': { title: 'Lokale innlegg på Facebook og Instagram', description: 'Ett innlegg i måneden per avdeling, skrevet av de som jobber der.' },
    reminders: { title: 'Påminnelser når neste besøk nærmer seg', description: 'På SMS eller e-post, med lenke til timebestilling.' },
    'local-ads': { title: 'Lokale søkeannonser for rolige uker', description: 'Annonser rundt avdelingene som har ledig kapasitet.' },
    upkeep: { title: 'Drift av nettsted og bookingsystem', description: 'Timer satt av gjennom året.' },
  },
  milestones: {
    'pages-live': { title: 'Avdelingssidene er publisert' },
    'booking-live': { title: 'Timebestilling på nett i alle avdelinger' },
  },
};
