import type { MembershipWords } from './membership.en.js';

export const membershipDa: MembershipWords = {
  objective: 'Hvad skal det digitale arbejde gøre for organisationen og sagen? For eksempel: … flere medlemmer ved årets udgang, og medlemmer, der bliver.',
  audiences: {
    members: { name: 'Medlemmerne i dag', notes: 'Hvem er de, og hvorfor meldte de sig ind?' },
    lapsed: { name: 'Tidligere medlemmer og dem, der aldrig meldte sig ind', notes: 'Hvorfor gik de, eller kom aldrig med?' },
    'new-members': { name: 'Folk, du gerne vil have som medlemmer', notes: 'Hvilken gruppe bør melde sig ind, for eksempel yngre eller en ny region?' },
  },
  competitors: {
    'other-organisations': {
      name: 'Andre organisationer, der beder om den samme tid og de samme penge',
      better_at: ['synlighed', 'medlemsfordele'],
      our_difference: 'Hvorfor melde sig ind hos jer og ikke hos dem?',
    },
    informal: {
      name: 'Gratis grupper og fællesskaber online',
      better_at: ['intet kontingent', 'nemt at blive en del af'],
      our_difference: 'Hvad får et medlem, som en gratis gruppe ikke kan give?',
    },
  },
  channels: {
    website: { name: 'Websted', goal: 'Forklare sagen og gøre det nemt at melde sig ind', challenges: 'Kan man melde sig ind og betale på mobilen på to minutter?' },
    search: { name: 'Google-søgning (SEO)', goal: 'Blive fundet, når folk søger efter jeres sag', notes: 'Hvad søger folk efter, og hvor synlige er I?' },
    social: { name: 'Facebook og Instagram', goal: 'Vise, hvad organisationen gør, og nå nye mennesker', notes: 'Hvad får I ud af at være her? Er målgruppen aktiv i en kanal, hvor I ikke er til stede?' },
    newsletter: { name: 'Medlemsbrev', goal: 'Holde medlemmerne orienteret og engageret', notes: 'Hvor mange åbner det, og hvad læser de?' },
    register: { name: 'Medlemsregister', goal: 'Vide, hvem medlemmerne er, og hvornår de skal forny', notes: 'Er det opdateret, og kan det sende påmindelser?' },
  },
  findings: [
    'Hvorfor melder folk sig ind, og hvorfor melder de sig ud?',
    'Hvilke kanaler giver nye medlemmer?',
    'Hvilke sider på webstedet bliver besøgt mest, og hvilke bliver slet ikke besøgt?',
    'Hvor synlige er I i en Google-søgning efter jeres sag?',
    'Hvilke kampagner har I kørt, og hvad lærte I af dem?',
    'Hvad får medlemmerne ud af hver kanal? Kan I få mere ud af det?',
  ],
  goals: {
    'strong-voice': { title: 'En stærk stemme for sagen, med medlemmerne i ryggen', description: 'Hvor mange medlemmer skal I have om to-tre år?' },
    'members-stay': { title: 'Medlemmer, der bliver år efter år', description: 'Hvor stor en andel af medlemmerne skal forny hvert år?' },
    recruit: { title: 'Nye medlemmer i år', description: 'Tæl nye medlemmer i registret; sidste års tal er baseline.' },
    renew: { title: 'Andel medlemmer, der fornyer i år', description: 'Mål det i medlemsregistret.' },
    visitors: { title: 'Besøgende på webstedet i første kvartal', description: 'Delmål for hvervningen: flere hører om sagen.' },
    readers: { title: 'Åbningsrate for medlemsbrevet ved udgangen af andet kvartal', description: 'Delmål for fornyelsen: medlemmer, der læser, bliver længere.' },
  },
  kpis: {
    members: { name: 'Medlemmer', definition: 'Betalende medlemmer i registret ved månedens udgang' },
    'new-members': { name: 'Nye medlemmer', definition: 'Medlemmer, der meldte sig ind i perioden, ifølge registret' },
    'renewal-rate': { name: 'Fornyelsesrate', definition: 'Medlemmer, der fornyede, divideret med medlemmer, der skulle forny, i procent' },
    'website-visits': { name: 'Besøg på webstedet', definition: 'Sessioner på webstedet, fra analyseværktøjet' },
    'newsletter-opens': { name: 'Åbningsrate for medlemsbrevet', definition: 'Åbnede medlemsbreve divideret med leverede, i procent' },
  },
  funnel: {
    reach: 'Hvordan hører nye mennesker om jer? For eksempel: medlemmernes historier på sociale medier, sider, der svarer på det, folk søger efter.',
    engage: 'Hvad får dem til at engagere sig? For eksempel: resultater af jeres arbejde, arrangementer, et medlemsbrev.',
    convert: 'Hvor nemt er det at melde sig ind? For eksempel: indmeldelse og betaling på mobilen, et klart svar på »hvad får jeg?«.',
    retain: 'Hvad får medlemmerne til at blive? For eksempel: en velkomst, nyt om hvad kontingentet har udrettet, en påmindelse før fornyelsen.',
  },
  positioning: 'Hvorfor skal nogen melde sig ind hos jer? Skriv det i én sætning, sådan som et medlem ville sige det.',
  content: 'Hvilke historier, på hvilket sprog, til hvem og hvor tit? For eksempel: et medlemsbrev om måneden og en medlemshistorie hver uge.',
  themes: {
    recruitment: { name: 'Hvervning', description: 'Indmeldelse online og kampagner for nye medlemmer' },
    membership: { name: 'Medlemsoplevelse', description: 'Velkomst, medlemsbrev og fornyelse' },
    visibility: { name: 'Synlighed for sagen', description: 'Historier og sider, folk finder' },
    upkeep: { name: 'Vedligeholdelse', description: 'Opgraderinger, fejlrettelser og sikkerhedsopdateringer af websted og medlemsregister' },
  },
  activities: {
    'join-page': { title: 'Nem indmeldelse og betaling på mobilen', description: 'Én side, få felter, de betalingsmåder medlemmerne bruger.' },
    welcome: { title: 'Velkomstmails til nye medlemmer', description: 'Hvad I laver, hvad de får, og hvordan de kan bidrage.' },
    newsletter: { title: 'Månedligt medlemsbrev', description: 'Hvad der er sket, hvad der kommer, og hvad medlemmerne kan gøre.' },
    'member-stories': { title: 'Medlemshistorier på sociale medier', description: 'Rigtige mennesker, og hvad sagen betyder for dem.' },
    'bring-a-friend': { title: 'Kampagne: hverv en ven', description: 'Bed medlemmerne hverve én til, med et enkelt link.' },
    'cause-pages': { title: 'Sider, der svarer på det, folk søger efter', description: 'Spørgsmål om jeres sag, besvaret på webstedet.' },
    'renewal-reminders': { title: 'Påmindelser om fornyelse på mail og sms', description: 'Før fornyelsesdatoen, med et link til betaling.' },
    upkeep: { title: 'Drift af websted og medlemsregister', description: 'Timer afsat hen over året.' },
  },
  milestones: {
    'join-live': { title: 'Ny indmeldelse i luften' },
    'renewal-season': { title: 'Fornyelsesperioden starter' },
  },
};
