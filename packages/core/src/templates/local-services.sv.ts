import type { LocalServicesWords } from './local-services.en.js';

export const localServicesSv: LocalServicesWords = {
  objective: 'Vilket affärsmål ska det digitala arbetet bidra till? Till exempel: fler bokningar på varje ort, eller en ny enhet fullbokad inom ett år.',
  audiences: {
    regulars: { name: 'Kunder som kommer till oss i dag', notes: 'Vilka är de, vilken enhet använder de, och hur ofta kommer de tillbaka?' },
    neighbours: { name: 'Människor i närheten som går någon annanstans', notes: 'Varför väljer de någon annan?' },
    'new-groups': { name: 'Kunder du vill vinna', notes: 'Vilka grupper nära era enheter borde komma till er?' },
  },
  competitors: {
    independents: {
      name: 'Lokala företag nära varje enhet',
      better_at: ['personlig service', 'gott rykte lokalt'],
      our_difference: 'Vad får kunden hos en kedja som de inte får hos butiken runt hörnet?',
    },
    chains: {
      name: 'Rikstäckande kedjor och bokningsplattformar',
      better_at: ['synlighet i sök', 'bokning online'],
      our_difference: 'Hur sticker du ut från dem?',
    },
  },
  channels: {
    website: { name: 'Webbplats med en sida per enhet', goal: 'Göra besökare till bokningar', challenges: 'Stämmer öppettider, priser och bokning för alla enheter?' },
    maps: { name: 'Google-företagsprofiler och kartor', goal: 'Synas lokalt, med bra omdömen', notes: 'Finns varje enhet med, komplett och uppdaterad?' },
    ads: { name: 'Lokala sökannonser', goal: 'Fylla lugna veckor och nya enheter', notes: 'Har ni testat dem? Vad kostade en bokning?' },
    social: { name: 'Facebook och Instagram', goal: 'Visa människorna och arbetet på varje enhet', notes: 'Publicerar varje enhet, eller bara huvudkontoret?' },
    reminders: { name: 'Påminnelser via sms och mejl', goal: 'Få kunderna tillbaka i rätt tid', notes: 'Har ni kundernas samtycke och kontaktuppgifter?' },
  },
  findings: [
    'Vilka enheter får flest bokningar, och varför?',
    'Hur synlig är varje enhet i en lokal Google-sökning och på kartor?',
    'Vad säger omdömena, och hur många har varje enhet?',
    'Vilka kanaler ger bokningarna: telefon, drop-in, webbplatsen?',
    'Vilka sidor på webbplatsen besöks mest, och vilka besöks inte alls?',
    'Vilka kampanjer har ni kört, och vad lärde ni er av dem?',
  ],
  goals: {
    'first-choice': { title: 'Vara förstahandsvalet på varje ort där vi finns', description: 'Hur stor andel av bokningarna ska göras online om två–tre år?' },
    'regular-customers': { title: 'Kunder som stannar hos oss i många år', description: 'Hur många kunder ska komma tillbaka år efter år?' },
    bookings: { title: 'Bokningar online i år', description: 'Räkna bokningar för alla enheter; fjolårets siffra är utgångsläget.' },
    'come-back': { title: 'Andel kunder som kommer tillbaka inom ett år', description: 'Mät det i bokningssystemet eller kundregistret.' },
    'local-visibility': { title: 'Åtgärder från Google-profilerna under första kvartalet', description: 'Samtal, vägbeskrivningar och klick till webbplatsen för alla enheter.' },
    reviews: { title: 'Nya omdömen vid slutet av andra kvartalet', description: 'Sätt ett antal per enhet och lägg ihop dem.' },
  },
  kpis: {
    'online-share': { name: 'Andel bokningar online', definition: 'Bokningar online delat med alla bokningar, i procent' },
    'online-bookings': { name: 'Bokningar online', definition: 'Bokningar på webbplatsen eller i bokningssystemet, minus avbokningar' },
    'profile-actions': { name: 'Åtgärder från Google-profilerna', definition: 'Samtal, vägbeskrivningar och klick till webbplatsen från alla enheters profiler' },
    'new-reviews': { name: 'Nya omdömen', definition: 'Nya omdömen på alla enheters Google-profiler' },
    returning: { name: 'Återkommande kunder', definition: 'Andel av de senaste tolv månadernas kunder med två eller fler besök' },
  },
  funnel: {
    reach: 'Hur hittar människor i närheten er? Till exempel: kompletta Google-profiler, en sida per enhet, lokala annonser.',
    engage: 'Vad får dem att välja er? Till exempel: omdömen, öppet redovisade priser, bilder på människorna och arbetet.',
    convert: 'Hur lätt är det att boka? Till exempel: bokning online med tre klick, ring direkt från mobilen.',
    retain: 'Vad får dem att komma tillbaka? Till exempel: påminnelser när nästa service är dags, ett tack efter besöket.',
  },
  positioning: 'Varför ska kunderna välja er framför det lokala företaget i närheten? Skriv det i en mening.',
  content: 'Vad ska varje enhet visa, och vem skriver det? Till exempel: ett lokalt inlägg i månaden per enhet och svar på varje omdöme.',
  themes: {
    local: { name: 'Lokal synlighet', description: 'Google-profiler, sidor per enhet och omdömen' },
    booking: { name: 'Bokning online', description: 'Bokning för alla enheter, även i mobilen' },
    relationship: { name: 'Kunder som kommer tillbaka', description: 'Påminnelser och lokal kontakt' },
    upkeep: { name: 'Underhåll', description: 'Uppgraderingar, buggfixar och säkerhetsuppdateringar av webbplats och bokningssystem' },
  },
  activities: {
    profiles: { title: 'Komplettera Google-profilen för varje enhet', description: 'Öppettider, tjänster, bilder och en länk till bokningen.' },
    'review-requests': { title: 'Be om ett omdöme efter varje besök', description: 'Ett sms eller mejl dagen efter, med en direktlänk.' },
    'location-pages': { title: 'En sida per enhet', description: 'Adress, öppettider, tjänster, priser, personalen och en bokningsknapp.' },
    'online-booking': { title: 'Bokning online för alla enheter', description: 'Välj enhet, tjänst och tid, och få en bekräftelse.' },
    'local-posts': { title: 'Lokala inlägg på Facebook och Instagram', description: 'Ett inlägg i månaden per enhet, skrivet av de som jobbar där.' },
    reminders: { title: 'Påminnelser när nästa besök är dags', description: 'Via sms eller mejl, med en länk till bokningen.' },
    'local-ads': { title: 'Lokala sökannonser för lugna veckor', description: 'Annonser kring de enheter som har lediga tider.' },
    upkeep: { title: 'Drift av webbplats och bokningssystem', description: 'Timmar avsatta under året.' },
  },
  milestones: {
    'pages-live': { title: 'Sidorna för alla enheter publicerade' },
    'booking-live': { title: 'Bokning online öppen på alla enheter' },
  },
};
