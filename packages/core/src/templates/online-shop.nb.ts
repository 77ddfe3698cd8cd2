import type { OnlineShopWords } from './online-shop.en.js';

export const onlineShopNb: OnlineShopWords = {
  objective: 'Hvilket forretningsmål skal nettbutikken bidra til? For eksempel: omsetningen på nett skal øke med … i år.',
  audiences: {
    regulars: { name: 'Kunder som kjøper i dag', notes: 'Hvem er de, hva kjøper de, og hvor ofte?' },
    browsers: { name: 'Besøkende som går uten å kjøpe', notes: 'Hvor faller de fra, og hvorfor?' },
    'new-customers': { name: 'Kunder du vil vinne', notes: 'Hvem vil du skal kjøpe av deg som ikke gjør det i dag?' },
  },
  competitors: {
    marketplaces: {
      name: 'Store markedsplasser og prissammenligningstjenester',
      better_at: ['pris', 'utvalg', 'levering'],
      our_difference: 'Hva tilbyr du som ikke de gjør: råd, kvalitet, service?',
    },
    specialists: {
      name: 'Andre nettbutikker i din nisje',
      better_at: ['synlighet i søk'],
      our_difference: 'Hvordan skiller du deg ut fra dem?',
    },
  },
  channels: {
    webshop: { name: 'Nettbutikken', goal: 'Den viktigste salgskanalen', challenges: 'Hvilke sider er trege eller mister besøkende?' },
    search: { name: 'Google-søk (SEO)', goal: 'Bli funnet når kundene søker etter det du selger', notes: 'Hva søker kundene dine etter, og hvor synlig er du?' },
    ads: { name: 'Søke- og shoppingannonser', goal: 'Kjøpe trafikk som blir til ordrer', notes: 'Hva koster en ordre fra denne kanalen?' },
    social: { name: 'Instagram og Facebook', goal: 'Inspirere og sende besøkende til butikken', notes: 'Hva får du ut av tilstedeværelsen her? Er det mulig å få til mer?' },
    newsletter: { name: 'Nyhetsbrev', goal: 'Få kundene tilbake for å handle igjen', notes: 'Hvor mange abonnenter har du, og hvor mange av dem kjøper?' },
  },
  findings: [
    'Hvem besøker nettbutikken i dag, og hvilke kanaler genererer trafikken?',
    'Hvilke sider er mest besøkt, og hvilke blir ikke besøkt?',
    'Hvor kommer ordrene fra?',
    'Hvor synlig er du i et Google-søk etter det du selger?',
    'Hva slags kampanjer har du kjørt, og hva er erfaringen med dem?',
    'Er målgruppen din aktiv i en kanal der du ikke er til stede?',
  ],
  goals: {
    'main-channel': { title: 'Gjøre nettbutikken til vår viktigste salgskanal', description: 'Hvor stor andel av salget skal komme på nett om to–tre år?' },
    'loyal-customers': { title: 'Kunder som kommer tilbake og handler igjen', description: 'Hvor mange av årets kunder skal handle igjen neste år?' },
    revenue: { title: 'Omsetning på nett i år', description: 'Sett målet i kroner; fjorårets tall er utgangspunktet.' },
    repeat: { title: 'Andel kunder som handler igjen i år', description: 'Mål det i nettbutikken eller CRM-systemet.' },
    visits: { title: 'Besøk i nettbutikken i første kvartal', description: 'Delmål for omsetningen: flere av de riktige besøkende.' },
    conversion: { title: 'Konverteringsrate innen utgangen av andre kvartal', description: 'Delmål for omsetningen: flere besøk ender i en ordre.' },
  },
  kpis: {
    'online-share': { name: 'Andel av salget på nett', definition: 'Omsetning på nett delt på total omsetning, i prosent' },
    'online-revenue': { name: 'Omsetning på nett', definition: 'Omsetning fra fullførte ordrer, fratrukket returer, eks. mva.' },
    visits: { name: 'Besøk i nettbutikken', definition: 'Økter i nettbutikken, fra analyseverktøyet' },
    'conversion-rate': { name: 'Konverteringsrate', definition: 'Ordrer delt på økter, i prosent' },
    'newsletter-signups': { name: 'Nye abonnenter på nyhetsbrevet', definition: 'Nye abonnenter i perioden, avmeldinger ikke trukket fra' },
    'repeat-rate': { name: 'Gjenkjøpsrate', definition: 'Andel av kundene siste tolv måneder med to eller flere ordrer' },
  },
  funnel: {
    reach: 'Hvordan skal nye kunder finne deg? For eksempel: SEO på kategorisidene, shoppingannonser, inspirasjon i sosiale medier.',
    engage: 'Hva får besøkende til å bli og komme tilbake? For eksempel: kjøpeguider, produktanmeldelser, nyhetsbrev.',
    convert: 'Hva stopper en ordre i dag? For eksempel: treg kasse på mobil, få betalingsmåter, fraktkostnader.',
    retain: 'Hvordan blir første ordre til neste? For eksempel: e-post etter kjøpet, tilbud til faste kunder.',
  },
  positioning: 'Hvorfor skal kundene kjøpe av deg og ikke på en markedsplass? Skriv det i én setning.',
  content: 'Hvilket innhold, på hvilket språk, for hvem og hvor ofte? For eksempel: en kjøpeguide i måneden og et ukentlig nyhetsbrev.',
  themes: {
    shop: { name: 'Nettbutikk og kasse', description: 'Raske sider og en kasse som fungerer på mobilen' },
    traffic: { name: 'Trafikk og kampanjer', description: 'Bli funnet i søk og selge i sesongene' },
    loyalty: { name: 'Kunder som kommer tilbake', description: 'Nyhetsbrev og oppfølging etter kjøpet' },
    upkeep: { name: 'Vedlikehold', description: 'Oppgraderinger, feilrettinger og sikkerhetsoppdateringer' },
  },
  activities: {
    tracking: { title: 'Mål ordrer og konverteringer riktig', description: 'Sjekk at analyseverktøyet teller hver ordre og hvor den kom fra.' },
    checkout: { title: 'Forenkle kassen på mobil', description: 'Færre steg, betalingsmåtene kundene venter, tydelige fraktkostnader.' },
    'category-seo': { title: 'SEO på kategorisidene', description: 'Tekster og titler for det kundene søker etter.' },
    signup: { title: 'Påmelding til nyhetsbrev med velkomsttilbud', description: 'Påmelding i butikken og en velkomst-e-post.' },
    'product-reviews': { title: 'Samle inn produktanmeldelser', description: 'Be om en anmeldelse en uke etter levering.' },
    'after-purchase': { title: 'E-poster etter kjøpet', description: 'Takk, tips til bruk og forslag til neste kjøp.' },
    'season-campaign': { title: 'Kampanje for hovedsesongen', description: 'Hvilken sesong selger mest for deg? Planlegg tilbud, annonser og nyhetsbrev samlet.' },
    upkeep: { title: 'Oppdateringer og feilretting av plattformen', description: 'Timer satt av gjennom året.' },
  },
  milestones: {
    'checkout-live': { title: 'Ny kasse lansert' },
    'season-start': { title: 'Sesongkampanjen starter' },
  },
};
