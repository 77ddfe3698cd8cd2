import type { OnlineShopWords } from './online-shop.en.js';

export const onlineShopSv: OnlineShopWords = {
  objective: 'Vilket affärsmål ska webbutiken bidra till? Till exempel: försäljningen online ska öka med … i år.',
  audiences: {
    regulars: { name: 'Kunder som köper i dag', notes: 'Vilka är de, vad köper de och hur ofta?' },
    browsers: { name: 'Besökare som lämnar utan att köpa', notes: 'Var hoppar de av, och varför?' },
    'new-customers': { name: 'Kunder du vill vinna', notes: 'Vilka vill du ska köpa av dig som inte gör det i dag?' },
  },
  competitors: {
    marketplaces: {
      name: 'Stora marknadsplatser och prisjämförelsesajter',
      better_at: ['pris', 'sortiment', 'leverans'],
      our_difference: 'Vad erbjuder du som inte de gör: rådgivning, kvalitet, service?',
    },
    specialists: {
      name: 'Andra nischade webbutiker',
      better_at: ['synlighet i sök'],
      our_difference: 'Hur sticker du ut från dem?',
    },
  },
  channels: {
    webshop: { name: 'Webbutiken', goal: 'Den viktigaste försäljningskanalen', challenges: 'Vilka sidor är långsamma eller tappar besökare?' },
    search: { name: 'Google-sök (SEO)', goal: 'Synas när kunderna söker efter det du säljer', notes: 'Vad söker dina kunder efter, och hur synlig är du?' },
    ads: { name: 'Sök- och shoppingannonser', goal: 'Köpa trafik som blir ordrar', notes: 'Vad kostar en order från den här kanalen?' },
    social: { name: 'Instagram och Facebook', goal: 'Inspirera och skicka besökare till butiken', notes: 'Vad får du ut av att finnas här? Går det att få ut mer?' },
    newsletter: { name: 'Nyhetsbrev', goal: 'Få kunderna att komma tillbaka och handla igen', notes: 'Hur många prenumeranter har du, och hur många av dem köper?' },
  },
  findings: [
    'Vilka besöker webbutiken i dag, och vilka kanaler driver trafiken?',
    'Vilka sidor besöks mest, och vilka besöks inte alls?',
    'Var kommer ordrarna ifrån?',
    'Hur synlig är du i en Google-sökning på det du säljer?',
    'Vilka kampanjer har du kört, och vad lärde du dig av dem?',
    'Är din målgrupp aktiv i en kanal där du inte finns?',
  ],
  goals: {
    'main-channel': { title: 'Göra webbutiken till vår viktigaste försäljningskanal', description: 'Hur stor andel av försäljningen ska ske online om två–tre år?' },
    'loyal-customers': { title: 'Kunder som kommer tillbaka och handlar igen', description: 'Hur många av årets kunder ska handla igen nästa år?' },
    revenue: { title: 'Försäljning online i år', description: 'Sätt målet i kronor; fjolårets siffra är utgångsläget.' },
    repeat: { title: 'Andel kunder som handlar igen i år', description: 'Mät det i webbutiken eller CRM-systemet.' },
    visits: { title: 'Besök i webbutiken under första kvartalet', description: 'Delmål för försäljningen: fler av rätt besökare.' },
    conversion: { title: 'Konverteringsgrad vid slutet av andra kvartalet', description: 'Delmål för försäljningen: fler besök slutar i en order.' },
  },
  kpis: {
    'online-share': { name: 'Andel av försäljningen online', definition: 'Försäljning online delat med total försäljning, i procent' },
    'online-revenue': { name: 'Försäljning online', definition: 'Försäljning från genomförda ordrar, minus returer, exkl. moms' },
    visits: { name: 'Besök i webbutiken', definition: 'Sessioner i webbutiken, från analysverktyget' },
    'conversion-rate': { name: 'Konverteringsgrad', definition: 'Ordrar delat med sessioner, i procent' },
    'newsletter-signups': { name: 'Nya prenumeranter på nyhetsbrevet', definition: 'Nya prenumeranter under perioden, avregistreringar inte avdragna' },
    'repeat-rate': { name: 'Återköpsgrad', definition: 'Andel av de senaste tolv månadernas kunder med två eller fler ordrar' },
  },
  funnel: {
    reach: 'Hur ska nya kunder hitta dig? Till exempel: SEO på kategorisidorna, shoppingannonser, inspiration i sociala medier.',
    engage: 'Vad får besökarna att stanna och komma tillbaka? Till exempel: köpguider, produktrecensioner, nyhetsbrev.',
    convert: 'Vad stoppar en order i dag? Till exempel: en långsam kassa i mobilen, få betalsätt, fraktkostnader.',
    retain: 'Hur blir första ordern nästa? Till exempel: mejl efter köpet, erbjudanden till stamkunder.',
  },
  positioning: 'Varför ska kunderna köpa av dig och inte på en marknadsplats? Skriv det i en mening.',
  content: 'Vilket innehåll, på vilket språk, för vem och hur ofta? Till exempel: en köpguide i månaden och ett nyhetsbrev i veckan.',
  themes: {
    shop: { name: 'Webbutik och kassa', description: 'Snabba sidor och en kassa som fungerar i mobilen' },
    traffic: { name: 'Trafik och kampanjer', description: 'Synas i sök och sälja under säsongerna' },
    loyalty: { name: 'Kunder som kommer tillbaka', description: 'Nyhetsbrev och uppföljning efter köpet' },
    upkeep: { name: 'Underhåll', description: 'Uppgraderingar, buggfixar och säkerhetsuppdateringar' },
  },
  activities: {
    tracking: { title: 'Mät ordrar och konverteringar rätt', description: 'Kontrollera att analysverktyget räknar varje order och var den kom ifrån.' },
    checkout: { title: 'Förenkla kassan i mobilen', description: 'Färre steg, de betalsätt kunderna förväntar sig, tydliga fraktkostnader.' },
    'category-seo': { title: 'SEO på kategorisidorna', description: 'Texter och titlar för det kunderna söker efter.' },
    signup: { title: 'Anmälan till nyhetsbrevet med välkomsterbjudande', description: 'Anmälan i butiken och ett välkomstmejl.' },
    'product-reviews': { title: 'Samla in produktrecensioner', description: 'Be om en recension en vecka efter leveransen.' },
    'after-purchase': { title: 'Mejl efter köpet', description: 'Tack, tips om användning och förslag på nästa köp.' },
    'season-campaign': { title: 'Kampanj för högsäsongen', description: 'Vilken säsong säljer mest för dig? Planera erbjudanden, annonser och nyhetsbrev tillsammans.' },
    upkeep: { title: 'Uppdateringar och buggfixar av plattformen', description: 'Timmar avsatta under året.' },
  },
  milestones: {
    'checkout-live': { title: 'Ny kassa lanserad' },
    'season-start': { title: 'Säsongskampanjen startar' },
  },
};
