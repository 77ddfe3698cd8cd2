import type { MembershipWords } from './membership.en.js';

export const membershipSv: MembershipWords = {
  objective: 'Vad ska det digitala arbetet göra för organisationen och dess sak? Till exempel: … fler medlemmar vid årets slut, och medlemmar som stannar.',
  audiences: {
    members: { name: 'Medlemmarna i dag', notes: 'Vilka är de, och varför gick de med?' },
    lapsed: { name: 'Tidigare medlemmar och de som aldrig gick med', notes: 'Varför lämnade de, eller gick aldrig med?' },
    'new-members': { name: 'Människor du vill ha som medlemmar', notes: 'Vilken grupp borde gå med, till exempel yngre eller en ny region?' },
  },
  competitors: {
    'other-organisations': {
      name: 'Andra organisationer som ber om samma tid och pengar',
      better_at: ['synlighet', 'medlemsförmåner'],
      our_difference: 'Varför gå med hos er och inte hos dem?',
    },
    informal: {
      name: 'Gratis grupper och gemenskaper online',
      better_at: ['ingen avgift', 'lätt att gå med'],
      our_difference: 'Vad får en medlem som en gratis grupp inte kan ge?',
    },
  },
  channels: {
    website: { name: 'Webbplats', goal: 'Förklara saken och göra det lätt att bli medlem', challenges: 'Kan någon bli medlem och betala i mobilen på två minuter?' },
    search: { name: 'Google-sök (SEO)', goal: 'Synas när människor söker efter er sak', notes: 'Vad söker människor efter, och hur synliga är ni?' },
    social: { name: 'Facebook och Instagram', goal: 'Visa vad organisationen gör och nå nya människor', notes: 'Vad får ni ut av att finnas här? Är målgruppen aktiv i en kanal där ni inte finns?' },
    newsletter: { name: 'Medlemsbrev', goal: 'Hålla medlemmarna informerade och engagerade', notes: 'Hur många öppnar det, och vad läser de?' },
    register: { name: 'Medlemsregister', goal: 'Veta vilka medlemmarna är och när de ska förnya', notes: 'Är det uppdaterat, och kan det skicka påminnelser?' },
  },
  findings: [
    'Varför går människor med, och varför lämnar de?',
    'Vilka kanaler ger nya medlemmar?',
    'Vilka sidor på webbplatsen besöks mest, och vilka besöks inte alls?',
    'Hur synliga är ni i en Google-sökning på er sak?',
    'Vilka kampanjer har ni kört, och vad lärde ni er av dem?',
    'Vad får medlemmarna ut av varje kanal? Går det att få ut mer?',
  ],
  goals: {
    'strong-voice': { title: 'En stark röst för saken, med medlemmar bakom sig', description: 'Hur många medlemmar ska ni ha om två–tre år?' },
    'members-stay': { title: 'Medlemmar som stannar år efter år', description: 'Hur stor andel av medlemmarna ska förnya varje år?' },
    recruit: { title: 'Nya medlemmar i år', description: 'Räkna nya medlemmar i registret; fjolårets siffra är utgångsläget.' },
    renew: { title: 'Andel medlemmar som förnyar i år', description: 'Mät det i medlemsregistret.' },
    visitors: { title: 'Besökare på webbplatsen under första kvartalet', description: 'Delmål för värvningen: fler får veta om saken.' },
    readers: { title: 'Öppningsgrad för medlemsbrevet vid slutet av andra kvartalet', description: 'Delmål för förnyelsen: medlemmar som läser stannar längre.' },
  },
  kpis: {
    members: { name: 'Medlemmar', definition: 'Betalande medlemmar i registret vid månadens slut' },
    'new-members': { name: 'Nya medlemmar', definition: 'Medlemmar som gick med under perioden, enligt registret' },
    'renewal-rate': { name: 'Förnyelsegrad', definition: 'Medlemmar som förnyade delat med medlemmar som skulle förnya, i procent' },
    'website-visits': { name: 'Besök på webbplatsen', definition: 'Sessioner på webbplatsen, från analysverktyget' },
    'newsletter-opens': { name: 'Öppningsgrad för medlemsbrevet', definition: 'Öppnade medlemsbrev delat med levererade, i procent' },
  },
  funnel: {
    reach: 'Hur får nya människor höra talas om er? Till exempel: medlemmarnas berättelser i sociala medier, sidor som svarar på det folk söker efter.',
    engage: 'Vad får dem att bry sig? Till exempel: resultat av ert arbete, evenemang, ett medlemsbrev.',
    convert: 'Hur lätt är det att bli medlem? Till exempel: bli medlem och betala i mobilen, ett tydligt svar på ”vad får jag?”.',
    retain: 'Vad får medlemmarna att stanna? Till exempel: ett välkomnande, nytt om vad avgiften har åstadkommit, en påminnelse före förnyelsen.',
  },
  positioning: 'Varför ska någon gå med hos er? Skriv det i en mening, så som en medlem skulle säga det.',
  content: 'Vilka berättelser, på vilket språk, för vem och hur ofta? Till exempel: ett medlemsbrev i månaden och en medlemsberättelse varje vecka.',
  themes: {
    recruitment: { name: 'Värvning', description: 'Bli medlem online och kampanjer för nya medlemmar' },
    membership: { name: 'Medlemsupplevelse', description: 'Välkomnande, medlemsbrev och förnyelse' },
    visibility: { name: 'Synlighet för saken', description: 'Berättelser och sidor som folk hittar' },
    upkeep: { name: 'Underhåll', description: 'Uppgraderingar, buggfixar och säkerhetsuppdateringar av webbplats och medlemsregister' },
  },
  activities: {
    'join-page': { title: 'Enkel anmälan och betalning i mobilen', description: 'En sida, få fält, de betalsätt medlemmarna använder.' },
    welcome: { title: 'Välkomstmejl till nya medlemmar', description: 'Vad ni gör, vad de får och hur de kan engagera sig.' },
    newsletter: { title: 'Medlemsbrev varje månad', description: 'Vad som har hänt, vad som kommer och vad medlemmarna kan göra.' },
    'member-stories': { title: 'Medlemsberättelser i sociala medier', description: 'Riktiga människor och vad saken betyder för dem.' },
    'bring-a-friend': { title: 'Kampanj: värva en vän', description: 'Be medlemmarna värva en till, med en enkel länk.' },
    'cause-pages': { title: 'Sidor som svarar på det folk söker efter', description: 'Frågor om er sak, besvarade på webbplatsen.' },
    'renewal-reminders': { title: 'Påminnelser om förnyelse via mejl och sms', description: 'Före förnyelsedatumet, med en länk för betalning.' },
    upkeep: { title: 'Drift av webbplats och medlemsregister', description: 'Timmar avsatta under året.' },
  },
  milestones: {
    'join-live': { title: 'Ny medlemsanmälan lanserad' },
    'renewal-season': { title: 'Förnyelseperioden börjar' },
  },
};
