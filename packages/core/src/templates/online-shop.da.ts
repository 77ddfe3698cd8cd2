import type { OnlineShopWords } from './online-shop.en.js';

export const onlineShopDa: OnlineShopWords = {
  objective: 'Hvilket forretningsmål skal webshoppen understøtte? For eksempel: omsætningen online skal stige med … i år.',
  audiences: {
    regulars: { name: 'Kunder, der køber i dag', notes: 'Hvem er de, hvad køber de, og hvor tit?' },
    browsers: { name: 'Besøgende, der går uden at købe', notes: 'Hvor falder de fra, og hvorfor?' },
    'new-customers': { name: 'Kunder, du vil vinde', notes: 'Hvem skal købe hos dig, som ikke gør det i dag?' },
  },
  competitors: {
    marketplaces: {
      name: 'Store markedspladser og prissammenligningssider',
      better_at: ['pris', 'sortiment', 'levering'],
      our_difference: 'Hvad tilbyder du, som de ikke gør: rådgivning, kvalitet, service?',
    },
    specialists: {
      name: 'Andre specialiserede webshops i din niche',
      better_at: ['synlighed i søgninger'],
      our_difference: 'Hvordan skiller du dig ud fra dem?',
    },
  },
  channels: {
    webshop: { name: 'Webshoppen', goal: 'Den vigtigste salgskanal', challenges: 'Hvilke sider er langsomme eller mister besøgende?' },
    search: { name: 'Google-søgning (SEO)', goal: 'Blive fundet, når kunderne søger efter det, du sælger', notes: 'Hvad søger dine kunder efter, og hvor synlig er du?' },
    ads: { name: 'Søge- og shoppingannoncer', goal: 'Købe trafik, der bliver til ordrer', notes: 'Hvad koster en ordre fra denne kanal?' },
    social: { name: 'Instagram og Facebook', goal: 'Inspirere og sende besøgende til butikken', notes: 'Hvad får du ud af at være her? Kan du få mere ud af det?' },
    newsletter: { name: 'Nyhedsbrev', goal: 'Få kunderne tilbage for at handle igen', notes: 'Hvor mange abonnenter har du, og hvor mange af dem køber?' },
  },
  findings: [
    'Hvem besøger webshoppen i dag, og hvilke kanaler skaber trafikken?',
    'Hvilke sider bliver besøgt mest, og hvilke bliver slet ikke besøgt?',
    'Hvor kommer ordrerne fra?',
    'Hvor synlig er du i en Google-søgning efter det, du sælger?',
    'Hvilke kampagner har du kørt, og hvad lærte du af dem?',
    'Er din målgruppe aktiv i en kanal, hvor du ikke er til stede?',
  ],
  goals: {
    'main-channel': { title: 'Gøre webshoppen til vores vigtigste salgskanal', description: 'Hvor stor en andel af salget skal ske online om to-tre år?' },
    'loyal-customers': { title: 'Kunder, der kommer igen og handler igen', description: 'Hvor mange af årets kunder skal handle igen næste år?' },
    revenue: { title: 'Omsætning online i år', description: 'Sæt målet i kroner; sidste års tal er baseline.' },
    repeat: { title: 'Andel kunder, der handler igen i år', description: 'Mål det i webshoppen eller CRM-systemet.' },
    visits: { title: 'Besøg i webshoppen i første kvartal', description: 'Delmål for omsætningen: flere af de rigtige besøgende.' },
    conversion: { title: 'Konverteringsrate ved udgangen af andet kvartal', description: 'Delmål for omsætningen: flere besøg ender med en ordre.' },
  },
  kpis: {
    'online-share': { name: 'Andel af salget online', definition: 'Omsætning online divideret med den samlede omsætning, i procent' },
    'online-revenue': { name: 'Omsætning online', definition: 'Omsætning fra gennemførte ordrer, fratrukket returvarer, ekskl. moms' },
    visits: { name: 'Besøg i webshoppen', definition: 'Sessioner i webshoppen, fra analyseværktøjet' },
    'conversion-rate': { name: 'Konverteringsrate', definition: 'Ordrer divideret med sessioner, i procent' },
    'newsletter-signups': { name: 'Nye abonnenter på nyhedsbrevet', definition: 'Nye abonnenter i perioden, afmeldinger ikke fratrukket' },
    'repeat-rate': { name: 'Genkøbsrate', definition: 'Andel af de seneste tolv måneders kunder med to eller flere ordrer' },
  },
  funnel: {
    reach: 'Hvordan skal nye kunder finde dig? For eksempel: SEO på kategorisiderne, shoppingannoncer, inspiration på sociale medier.',
    engage: 'Hvad får besøgende til at blive og komme igen? For eksempel: købsguides, produktanmeldelser, nyhedsbrev.',
    convert: 'Hvad stopper en ordre i dag? For eksempel: et langsomt checkout på mobilen, få betalingsmåder, fragtpriser.',
    retain: 'Hvordan bliver første ordre til den næste? For eksempel: mails efter købet, tilbud til faste kunder.',
  },
  positioning: 'Hvorfor skal kunderne købe hos dig og ikke på en markedsplads? Skriv det i én sætning.',
  content: 'Hvilket indhold, på hvilket sprog, til hvem og hvor tit? For eksempel: en købsguide om måneden og et ugentligt nyhedsbrev.',
  themes: {
    shop: { name: 'Webshop og checkout', description: 'Hurtige sider og et checkout, der virker på mobilen' },
    traffic: { name: 'Trafik og kampagner', description: 'Blive fundet i søgninger og sælge i sæsonerne' },
    loyalty: { name: 'Kunder, der kommer igen', description: 'Nyhedsbrev og opfølgning efter købet' },
    upkeep: { name: 'Vedligeholdelse', description: 'Opgraderinger, fejlrettelser og sikkerhedsopdateringer' },
  },
  activities: {
    tracking: { title: 'Mål ordrer og konverteringer korrekt', description: 'Tjek, at analyseværktøjet tæller hver ordre, og hvor den kom fra.' },
    checkout: { title: 'Gør checkout på mobilen enklere', description: 'Færre trin, de betalingsmåder kunderne forventer, tydelige fragtpriser.' },
    'category-seo': { title: 'SEO på kategorisiderne', description: 'Tekster og titler til det, kunderne søger efter.' },
    signup: { title: 'Tilmelding til nyhedsbrev med velkomsttilbud', description: 'Tilmelding i butikken og en velkomstmail.' },
    'product-reviews': { title: 'Indsaml produktanmeldelser', description: 'Bed om en anmeldelse en uge efter levering.' },
    'after-purchase': { title: 'Mails efter købet', description: 'Tak, gode råd om brug og forslag til næste køb.' },
    'season-campaign': { title: 'Kampagne til højsæsonen', description: 'Hvilken sæson sælger mest hos dig? Planlæg tilbud, annoncer og nyhedsbrev samlet.' },
    upkeep: { title: 'Opdateringer og fejlrettelser af platformen', description: 'Timer afsat hen over året.' },
  },
  milestones: {
    'checkout-live': { title: 'Nyt checkout i drift' },
    'season-start': { title: 'Sæsonkampagnen starter' },
  },
};
