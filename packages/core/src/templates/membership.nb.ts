import type { MembershipWords } from './membership.en.js';

export const membershipNb: MembershipWords = {
  objective: 'Hva skal det digitale arbeidet gjøre for organisasjonen og saken? For eksempel: … flere medlemmer innen utgangen av året, og medlemmer som blir.',
  audiences: {
    members: { name: 'Medlemmene i dag', notes: 'Hvem er de, og hvorfor meldte de seg inn?' },
    lapsed: { name: 'Tidligere medlemmer og de som aldri meldte seg inn', notes: 'Hvorfor gikk de ut, eller ble aldri med?' },
    'new-members': { name: 'Folk du vil ha som medlemmer', notes: 'Hvilken gruppe bør bli med, for eksempel yngre folk eller en ny region?' },
  },
  competitors: {
    'other-organisations': {
      name: 'Andre organisasjoner som ber om den samme tiden og de samme pengene',
      better_at: ['synlighet', 'medlemsfordeler'],
      our_difference: 'Hvorfor bli med hos dere og ikke hos dem?',
    },
    informal: {
      name: 'Gratis grupper og fellesskap på nett',
      better_at: ['ingen kontingent', 'lett å bli med'],
      our_difference: 'Hva får et medlem som en gratis gruppe ikke kan gi?',
    },
  },
  channels: {
    website: { name: 'Nettsted', goal: 'Forklare saken og gjøre det lett å melde seg inn', challenges: 'Kan noen melde seg inn og betale på mobilen på to minutter?' },
    search: { name: 'Google-søk (SEO)', goal: 'Bli funnet når folk søker etter saken deres', notes: 'Hva søker folk etter, og hvor synlige er dere?' },
    social: { name: 'Facebook og Instagram', goal: 'Vise hva organisasjonen gjør og nå nye folk', notes: 'Hva får dere ut av tilstedeværelsen her? Er målgruppen aktiv i en kanal der dere ikke er til stede?' },
    newsletter: { name: 'Medlemsbrev', goal: 'Holde medlemmene informert og engasjert', notes: 'Hvor mange åpner det, og hva leser de?' },
    register: { name: 'Medlemsregister', goal: 'Vite hvem medlemmene er, og når de skal fornye', notes: 'Er det oppdatert, og kan det sende påminnelser?' },
  },
  findings: [
    'Hvorfor melder folk seg inn, og hvorfor melder de seg ut?',
    'Hvilke kanaler gir nye medlemmer?',
    'Hvilke sider på nettstedet er mest besøkt, og hvilke blir ikke besøkt?',
    'Hvor synlige er dere i et Google-søk etter saken deres?',
    'Hva slags kampanjer har dere kjørt, og hva er erfaringen med dem?',
    'Hva får medlemmene ut av hver kanal? Er det mulig å få til mer?',
  ],
  goals: {
    'strong-voice': { title: 'En sterk stemme for saken, med medlemmer i ryggen', description: 'Hvor mange medlemmer skal dere ha om to–tre år?' },
    'members-stay': { title: 'Medlemmer som blir år etter år', description: 'Hvor stor andel av medlemmene skal fornye hvert år?' },
    recruit: { title: 'Nye medlemmer i år', description: 'Tell nye medlemmer i registeret; fjorårets tall er utgangspunktet.' },
    renew: { title: 'Andel medlemmer som fornyer i år', description: 'Mål det i medlemsregisteret.' },
    visitors: { title: 'Besøkende på nettstedet i første kvartal', description: 'Delmål for vervingen: flere får vite om saken.' },
    readers: { title: 'Åpningsrate for medlemsbrevet innen utgangen av andre kvartal', description: 'Delmål for fornyelsen: medlemmer som leser, blir lenger.' },
  },
  kpis: {
    members: { name: 'Medlemmer', definition: 'Betalende medlemmer i registeret ved utgangen av måneden' },
    'new-members': { name: 'Nye medlemmer', definition: 'Medlemmer som meldte seg inn i perioden, ifølge registeret' },
    'renewal-rate': { name: 'Fornyelsesrate', definition: 'Medlemmer som fornyet, delt på medlemmer som skulle fornye, i prosent' },
    'website-visits': { name: 'Besøk på nettstedet', definition: 'Økter på nettstedet, fra analyseverktøyet' },
    'newsletter-opens': { name: 'Åpningsrate for medlemsbrevet', definition: 'Åpnede medlemsbrev delt på leverte, i prosent' },
  },
  funnel: {
    reach: 'Hvordan hører nye folk om dere? For eksempel: medlemmenes historier i sosiale medier, sider som svarer på det folk søker etter.',
    engage: 'Hva får dem til å bry seg? For eksempel: resultater av arbeidet, arrangementer, et medlemsbrev.',
    convert: 'Hvor lett er det å melde seg inn? For eksempel: innmelding og betaling på mobilen, et tydelig svar på «hva får jeg?».',
    retain: 'Hva får medlemmene til å bli? For eksempel: en velkomst, nytt om hva kontingenten har utrettet, en påminnelse før fornyelsen.',
  },
  positioning: 'Hvorfor skal noen bli med hos dere? Skriv det i én setning, slik et medlem ville sagt det.',
  content: 'Hvilke historier, på hvilket språk, for hvem og hvor ofte? For eksempel: et medlemsbrev i måneden og en medlemshistorie hver uke.',
  themes: {
    recruitment: { name: 'Verving', description: 'Innmelding på nett og kampanjer for nye medlemmer' },
    membership: { name: 'Medlemsopplevelse', description: 'Velkomst, medlemsbrev og fornyelse' },
    visibility: { name: 'Synlighet for saken', description: 'Historier og sider folk finner' },
    upkeep: { name: 'Vedlikehold', description: 'Oppgraderinger, feilrettinger og sikkerhetsoppdateringer av nettsted og medlemsregister' },
  },
  activities: {
    'join-page': { title: 'Enkel innmelding og betaling på mobilen', description: 'Én side, få felter, betalingsmåtene medlemmene bruker.' },
    welcome: { title: 'Velkomst-e-poster til nye medlemmer', description: 'Hva dere gjør, hva de får, og hvordan de kan bidra.' },
    newsletter: { title: 'Månedlig medlemsbrev', description: 'Hva som har skjedd, hva som kommer, og hva medlemmene kan gjøre.' },
    'member-stories': { title: 'Medlemshistorier i sosiale medier', description: 'Ekte mennesker og hva saken betyr for dem.' },
    'bring-a-friend': { title: 'Kampanje: verv en venn', description: 'Be medlemmene verve én til, med en enkel lenke.' },
    'cause-pages': { title: 'Sider som svarer på det folk søker etter', description: 'Spørsmål om saken deres, besvart på nettstedet.' },
    'renewal-reminders': { title: 'Påminnelser om fornyelse på e-post og SMS', description: 'Før fornyelsesdatoen, med lenke til betaling.' },
    upkeep: { title: 'Drift av nettsted og medlemsregister', description: 'Timer satt av gjennom året.' },
  },
  milestones: {
    'join-live': { title: 'Ny innmelding lansert' },
    'renewal-season': { title: 'Fornyelsesperioden starter' },
  },
};
