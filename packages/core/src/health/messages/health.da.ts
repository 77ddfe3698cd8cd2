import type { HealthMessages } from '../health.messages.js';

export const da: HealthMessages = {
  terms: {
    horizon: {
      quarter: 'kort sigt (et kvartal)',
      year: 'mellemlang sigt (et år)',
      long: 'lang sigt (2-5 år)',
    },
    stage: { reach: 'nå ud', engage: 'engagere', convert: 'konvertere', retain: 'fastholde' },
    frequency: {
      live: 'live',
      daily: 'dagligt',
      weekly: 'ugentligt',
      monthly: 'månedligt',
      quarterly: 'kvartalsvist',
      semiannual: 'to gange om året',
    },
    experiment: { learning: 'læring', next: 'næste skridt' },
    outcome: { missed: 'målet blev ikke nået', unjudged: 'hverken et resultat eller en gennemgang viser, at målet blev nået' },
    target: { value: 'målværdi', both: 'målværdi eller deadline' },
    draft: { audience: 'Målgruppen', competitor: 'Konkurrenten', channel: 'Kanalen', goal: 'Målet', kpi: 'KPI’en', theme: 'Temaet', activity: 'Aktiviteten', milestone: 'Milepælen' },
  },
  rules: {
    'situation-no-audiences': {
      title: 'Ingen målgrupper kortlagt',
      message: 'Nusituationen beskriver ingen målgruppe.',
      hint: 'Beskriv, hvem der køber hos jer i dag, hvem der ikke gør, og hvem I gerne vil have som kunder. Alle valg af mål og kanaler tager udgangspunkt i dem.',
    },
    'situation-no-competitors': {
      title: 'Ingen konkurrenter kortlagt',
      message: 'Nusituationen nævner ingen konkurrenter.',
      hint: 'List de vigtigste konkurrenter, hvad de gør bedre end jer, og hvordan I adskiller jer fra dem.',
    },
    'situation-no-usp': {
      title: 'Intet unikt salgsargument',
      message: 'Planen angiver ikke jeres unikke salgsargument (USP).',
      hint: 'Skriv med én sætning, hvorfor kunderne skal vælge jer frem for en konkurrent. Positionering og indhold bygger på det.',
    },
    'situation-no-channels': {
      title: 'Ingen kanaler kortlagt',
      message: 'Nusituationen indeholder ingen digitale kanaler.',
      hint: 'Kortlæg hele det digitale økosystem: hjemmeside, sociale medier, e-mail, søgning, CRM og så videre, også kanaler, hvor målgruppen er, men I ikke er.',
    },
    'situation-no-website': {
      title: 'Hjemmesiden er ikke kortlagt',
      message: 'Ingen af de kortlagte kanaler er jeres hjemmeside.',
      hint: 'Tilføj hjemmesiden som kanal: hvem der besøger den, hvilke kanaler der giver trafik, og hvor konverteringerne kommer fra.',
    },
    'situation-no-social': {
      title: 'Sociale medier er ikke kortlagt',
      message: 'Ingen af de kortlagte kanaler er sociale medier.',
      hint: 'Tilføj de sociale kanaler, I bruger, og dem, hvor målgruppen er aktiv, men I ikke er (markér dem »ikke til stede«).',
    },
    'situation-no-search': {
      title: 'Søgning er ikke kortlagt',
      message: 'Ingen af de kortlagte kanaler er søgning.',
      hint: 'Tilføj søgning som kanal: hvor synlige I er på Google, og hvad jeres kunder søger efter.',
    },
    'situation-no-campaigns': {
      title: 'Ingen tidligere kampagner',
      message: 'Nusituationen viser ingen tidligere kampagner.',
      hint: 'Tilføj de kampagner, I har kørt, og hvad I lærte af dem, så den nye plan bygger på det, der virkede.',
    },
    'channel-no-goal': {
      title: 'Kanal uden mål',
      message: 'Kanalen »{channel}« har intet mål.',
      hint: 'Skriv, hvad kanalen skal opnå for virksomheden, og hvad dens største udfordring er. Har den ingen opgave, så overvej at lukke den.',
    },
    'channel-no-funnel': {
      title: 'Kanal uden plads i tragten',
      message: 'Kanalen »{channel}« er ikke placeret i tragten.',
      hint: 'Vælg de trin, den skal dække: nå ud, engagere, konvertere eller fastholde. Så kan I se, hvilke trin planen dækker.',
    },
    'channel-silo': {
      title: 'Kanal i en silo',
      message: 'Kanalen »{channel}« dækker kun trinnet »{stage}«.',
      hint: 'Beskriv, hvordan den fører kunderne videre til næste trin, for eksempel fra et opslag til en tilmelding til nyhedsbrevet, så kanalerne hænger sammen i én kunderejse i stedet for at stå i hver sin silo.',
    },
    'template-drafts': {
      title: 'Udkast fra en skabelon',
      message: '{item} »{name}« er stadig et udkast fra skabelonen (udkast i planen: {count}).',
      hint: 'Læs det igennem, tilpas det til jeres virksomhed og bekræft det, eller slet det: en skabelon er et udgangspunkt, ikke jeres plan.',
    },
    'goals-missing': {
      title: 'Ingen mål',
      message: 'Planen har ingen mål.',
      hint: 'Start med forretningsmålet, og sæt SMART-mål på kort, mellemlang og lang sigt.',
    },
    'goal-no-kpi': {
      title: 'Mål uden KPI',
      message: 'Målet »{goal}« har ingen KPI, der måler det.',
      hint: 'Vælg den KPI, der viser, om målet er nået, for eksempel salg, nye kunder eller henvendelser. Et mål, der ikke kan måles, er ikke SMART.',
    },
    'goal-no-baseline': {
      title: 'Mål uden baseline',
      message: 'Målet »{goal}« har ingen baseline.',
      hint: 'Angiv dagens værdi og den dato, den gælder for, så fremskridtet kan måles fra jeres udgangspunkt.',
    },
    'goal-no-target': {
      title: 'Mål uden målværdi',
      message: 'Målet »{goal}« har ingen {missing}.',
      hint: 'Angiv det tal, der skal nås, og datoen, hvor det skal være nået, for eksempel et antal salg, bookinger eller henvendelser eller en konverteringsrate på 3 %. Uden dem er målet ikke SMART.',
    },
    'goal-no-target-date': {
      title: 'Mål uden deadline',
      message: 'Målet »{goal}« har ingen deadline.',
      hint: 'Angiv den dato, hvor målet skal være nået. Et mål uden deadline er ikke tidsbegrænset.',
    },
    'goal-target-outside-period': {
      title: 'Deadline uden for tidshorisonten',
      message: 'Deadlinen for »{goal}« ({date}) ligger uden for {from} – {to}, tidsvinduet for mål på {horizon}.',
      hint: 'Kortsigtede og mellemlange mål bør nås inden for planperioden, langsigtede mål inden for fem år. Flyt datoen, eller skift tidshorisont.',
    },
    'goal-target-passed': {
      title: 'Deadlinen er overskredet',
      message: 'Deadlinen for »{goal}« ({date}) er overskredet, og {outcome}.',
      hint: 'Notér resultatet i en gennemgang, nået eller ej, og sæt en ny deadline eller et nyt opfølgende mål.',
    },
    'goal-vague': {
      title: 'Uklart mål',
      message: 'Målet »{goal}« siger »{word}«, men ikke hvor meget.',
      hint: 'Skriv tallet og datoen ind i titlen: hvor meget, fra hvad til hvad og hvornår. Så arbejder alle mod det samme mål.',
    },
    'goal-no-business-link': {
      title: 'Mål uden kobling til forretningsresultat',
      message: 'Målet »{goal}« er ikke koblet til et forretningsresultat.',
      hint: 'Angiv, hvilket forretningsresultat det understøtter: omsætning, markedsandel, omkostninger eller kunder. Understøtter det ingen af dem, hører det måske ikke hjemme i planen.',
    },
    'goal-no-owner': {
      title: 'Mål uden ejer',
      message: 'Målet »{goal}« har ingen ejer.',
      hint: 'Angiv, hvem der er ansvarlig for at nå målet og rapporterer om det ved den kvartalsvise gennemgang.',
    },
    'goals-horizon-missing': {
      title: 'Ingen mål på en tidshorisont',
      message: 'Der er ikke sat noget mål på {horizon}.',
      hint: 'Sæt mål på kort, mellemlang og lang sigt, så kvartalets arbejde hænger sammen med den langsigtede ambition.',
    },
    'goals-too-few': {
      title: 'Kun ét mål på en tidshorisont',
      message: 'Der er kun sat ét mål på {horizon}.',
      hint: 'Overvej at dele det op i to eller tre mål, for eksempel pr. trin i tragten eller pr. afdeling. For få mål giver en uklar strategi.',
    },
    'goals-too-many': {
      title: 'For mange mål på en tidshorisont',
      message: 'Der er sat {count} mål på {horizon}; flere end {max} slører fokus.',
      hint: 'Behold de mål, der betyder mest for forretningsresultatet, og gør de andre til delmål eller KPI’er.',
    },
    'goal-subgoal-after-parent': {
      title: 'Delmål slutter efter sit mål',
      message: 'Delmålet »{goal}« har deadline {date}, efter deadlinen for det overordnede mål »{parent}« ({parentDate}).',
      hint: 'Et delmål er et skridt på vejen mod det overordnede mål og bør nås først. Ryk datoen frem, eller knyt delmålet til et andet mål.',
    },
    'goal-long-no-subgoal': {
      title: 'Langsigtet mål uden delmål',
      message: 'Det langsigtede mål »{goal}« har ingen delmål på kortere sigt.',
      hint: 'Del det op i mål for året og kvartalet, så det er tydeligt, hvad der skal ske i år og i dette kvartal.',
    },
    'kpis-missing': {
      title: 'Ingen KPI’er',
      message: 'Planen har ingen KPI’er.',
      hint: 'Definér de KPI’er, der måler jeres mål. Start med de langsigtede mål, og definér derefter de kortsigtede.',
    },
    'kpi-no-owner': {
      title: 'KPI uden ejer',
      message: 'KPI’en »{kpi}« har ingen ejer.',
      hint: 'Angiv, hvem der er ansvarlig for at overvåge den og for at nå de fastsatte mål.',
    },
    'kpi-no-frequency': {
      title: 'KPI uden målefrekvens',
      message: 'KPI’en »{kpi}« har ingen målefrekvens.',
      hint: 'Vælg, hvor ofte den skal måles, så det afspejler tempoet i virksomheden: live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året.',
    },
    'kpi-no-definition': {
      title: 'KPI uden definition',
      message: 'KPI’en »{kpi}« har ingen definition.',
      hint: 'Skriv præcist, hvad der tælles med, og hvad der holdes udenfor, så alle læser tallet på samme måde.',
    },
    'kpi-no-unit': {
      title: 'KPI uden enhed',
      message: 'KPI’en »{kpi}« har ingen enhed.',
      hint: 'Vælg enhed: antal, procent, beløb, varighed eller forholdstal.',
    },
    'kpi-vanity': {
      title: 'Forfængelighedstal',
      message: 'KPI’en »{kpi}« er et forfængelighedstal (»vanity metric«) og fører ikke til noget konverteringsmål.',
      hint: 'Knyt den til et mål, der giver konverteringer, som delmål under et salgs- eller leadmål, eller mål, hvad målgruppen gør bagefter, for eksempel besøg på hjemmesiden, tilmeldinger eller henvendelser.',
    },
    'kpi-unused': {
      title: 'KPI, der ikke måler noget mål',
      message: 'KPI’en »{kpi}« måler ikke noget mål.',
      hint: 'Knyt den til det mål, den måler, eller til en aktivitet, der bidrager til et mål. Styrer I ikke efter den, så fjern den.',
    },
    'kpi-no-measurements': {
      title: 'KPI, der aldrig er målt',
      message: 'KPI’en »{kpi}« har ingen målinger, siden planen startede {start}.',
      hint: 'Indtast resultaterne indtil nu, og start med baselinen. Uden tal kan planen ikke følges op.',
    },
    'kpi-measurement-overdue': {
      title: 'Måling forsinket',
      message: 'KPI’en »{kpi}« skal måles {frequency}, men den seneste værdi er fra {date}, for {days} dage siden.',
      hint: 'Indtast de manglende resultater, eller ret frekvensen, hvis den ikke passer med, hvor ofte I faktisk følger op.',
    },
    'strategy-missing': {
      title: 'Ingen strategi',
      message: 'Planen har ingen strategi.',
      hint: 'Beskriv i grove træk, hvordan I vil nå målene: tragten fra at nå ud til loyale kunder, positionering, betalt eller organisk trafik, indhold, og hvem der udfører arbejdet.',
    },
    'funnel-stage-uncovered': {
      title: 'Trin i tragten, som intet dækker',
      message: 'Intet i planen dækker trinnet »{stage}« i tragten.',
      hint: 'Tilføj en kanal, en KPI eller en aktivitet til trinnet, eller skriv i strategien, hvorfor I fravælger det.',
    },
    'funnel-stage-unmeasured': {
      title: 'Trin i tragten uden måling',
      message: 'Trinnet »{stage}« har kanaler eller aktiviteter, men ingen KPI.',
      hint: 'Tilføj en KPI til trinnet, så I kan se, om indsatsen dér betaler sig.',
    },
    'strategy-no-journey': {
      title: 'Ingen kunderejse',
      message: 'Strategien beskriver ingen kunderejse.',
      hint: 'Beskriv de trin, kunden går igennem, fra at opdage jer til at købe igen, og de digitale kontaktpunkter i hvert trin.',
    },
    'activities-missing': {
      title: 'Ingen aktiviteter',
      message: 'Planen har ingen aktiviteter.',
      hint: 'List de kampagner, projekter og opgaver, der skal føre strategien ud i livet, hver knyttet til et mål.',
    },
    'activity-no-goal': {
      title: 'Aktivitet uden mål',
      message: 'Aktiviteten »{activity}« bidrager ikke til noget mål.',
      hint: 'Knyt den til det mål, den rykker. Bidrager den ikke til noget, så drop den, eller markér den som vedligeholdelse, hvis den holder driften kørende.',
    },
    'activity-no-owner': {
      title: 'Aktivitet uden ejer',
      message: 'Aktiviteten »{activity}« har ingen ejer.',
      hint: 'Angiv, hvem der er ansvarlig, og gerne hvilket team der udfører arbejdet.',
    },
    'activity-no-estimate': {
      title: 'Aktivitet uden estimat',
      message: 'Aktiviteten »{activity}« har intet estimat i timer.',
      hint: 'Giv et groft estimat. Det skal bruges til at se, om arbejdet kan rummes i temabudgetterne og de næste 90 dage.',
    },
    'activity-no-value-effort': {
      title: 'Aktivitet uden vurdering',
      message: 'Aktiviteten »{activity}« mangler en vurdering af værdi eller indsats.',
      hint: 'Giv værdi og indsats en score fra 1 til 10, så backloggen kan prioriteres ud fra en cost-benefit-analyse.',
    },
    'activities-far-ahead': {
      title: 'Detaljeret planlægning for langt ude i fremtiden',
      message: 'Intet er planlagt mellem {from} og {until}, men der er aktiviteter med dato fra {first} og frem.',
      hint: 'Planlæg de næste 90 dage i detaljer, og hold senere arbejde på temaniveau; detaljerede planer holder sjældent ud over 90 dage.',
    },
    'activity-dependency-order': {
      title: 'Aktivitet starter, før det, den afhænger af, er færdigt',
      message: 'Aktiviteten »{activity}« starter {start}, men afhænger af »{dependency}«, som slutter {end}.',
      hint: 'Flyt starten til efter, at den anden aktivitet er færdig, eller fjern afhængigheden, hvis arbejdet kan overlappe.',
    },
    'themes-missing': {
      title: 'Ingen temaer',
      message: 'Planen har ingen temaer.',
      hint: 'Gruppér aktiviteterne i temaer som »Webstedets ydeevne« eller »Kundeoplevelse«, hver med et budget i timer. Jeres roadmap bygger på dem.',
    },
    'theme-no-budget': {
      title: 'Tema uden budget',
      message: 'Temaet »{theme}« har intet budget i timer.',
      hint: 'Afsæt et high-level budget i timer; det viser den samlede investering, og hvornår arbejdet vokser ud over rammen.',
    },
    'maintenance-reserve-missing': {
      title: 'Ingen reserve til vedligeholdelse',
      message: 'Vedligeholdelse har {share} af de budgetterede timer ({hours} af {total} t); afsæt mindst {required}.',
      hint: 'Tilføj eller udvid et vedligeholdelsestema til opgraderinger, fejlrettelser og sikkerhedsopdateringer, så de ikke hindrer jeres roadmap.',
    },
    'theme-over-budget': {
      title: 'Tema over budget',
      message: 'Temaet »{theme}« har {planned} t planlagte aktiviteter mod et budget på {budget} t.',
      hint: 'Hæv budgettet, flyt aktiviteter til en senere periode eller et andet tema, eller drop dem med mindst værdi.',
    },
    'activity-no-theme': {
      title: 'Aktivitet uden tema',
      message: 'Aktiviteten »{activity}« hører ikke til noget tema.',
      hint: 'Placér den i et tema, så timerne tæller med i et budget, og aktiviteten vises på jeres roadmap.',
    },
    'roadmap-empty': {
      title: 'Tomt roadmap',
      message: 'Jeres roadmap er tomt: ingen milepæle og ingen aktiviteter med dato.',
      hint: 'Giv de nærmeste aktiviteter datoer, og tilføj de vigtigste milepæle, så interessenterne kan se, hvor I skal hen, og hvornår.',
    },
    'roadmap-no-milestones': {
      title: 'Ingen milepæle',
      message: 'Jeres roadmap har ingen milepæle.',
      hint: 'Tilføj de milepæle, der betyder noget for interessenterne, for eksempel en lancering eller en kampagnestart, så fremdriften kan ses på tidslinjen.',
    },
    'activity-undated': {
      title: 'Planlagt aktivitet uden datoer',
      message: 'Den planlagte aktivitet »{activity}« mangler en start- eller slutdato.',
      hint: 'Giv den en start og en slutning, så den vises på jeres roadmap, eller sæt den tilbage til idé, hvis den ikke er besluttet endnu.',
    },
    'reviews-missing': {
      title: 'Aldrig gennemgået',
      message: 'Planen er ikke gennemgået, siden den startede {start} (for {days} dage siden).',
      hint: 'Hold den første kvartalsvise gennemgang: gå hvert mål igennem mod målværdien, beslut, hvad der skal ændres, og skriv ned, hvad I lærte.',
    },
    'review-overdue': {
      title: 'Kvartalsvis gennemgang forsinket',
      message: 'Planen er ikke gennemgået siden {since} (for {days} dage siden).',
      hint: 'Hold en gennemgang: gå hvert mål igennem mod målværdien, beslut, hvad der skal ændres, og skriv eksperimenterne ned og hvad I lærte.',
    },
    'review-quarter-repeated': {
      title: 'Flere opfølgninger af samme kvartal',
      message: '{q}. kvartal {year} har {count} opfølgninger, dateret {dates}. En plan har én opfølgning pr. kvartal.',
      hint: 'Behold én: kopiér det, der er værd at gemme, fra den anden over i den, og slet så den anden, eller flyt den til det kvartal, den ser tilbage på.',
    },
    'experiment-incomplete': {
      title: 'Eksperiment uden læring',
      message: 'Eksperimentet »{hypothesis}« mangler {missing}.',
      hint: 'Skriv ned, hvad I lærte, og hvad I gør som det næste, uanset om det virkede eller ej. Eksperimentér, fejl, lær, gentag.',
    },
  },
};
