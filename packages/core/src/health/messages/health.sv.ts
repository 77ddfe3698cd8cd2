import type { HealthMessages } from '../health.messages.js';

export const sv: HealthMessages = {
  terms: {
    horizon: {
      quarter: 'kort sikt (ett kvartal)',
      year: 'medellång sikt (ett år)',
      long: 'lång sikt (2–5 år)',
    },
    stage: { reach: 'nå', engage: 'engagera', convert: 'konvertera', retain: 'behålla' },
    frequency: {
      live: 'i realtid',
      daily: 'dagligen',
      weekly: 'varje vecka',
      monthly: 'varje månad',
      quarterly: 'varje kvartal',
      semiannual: 'två gånger om året',
    },
    experiment: { learning: 'lärdom', next: 'nästa steg' },
    outcome: { missed: 'målet nåddes inte', unjudged: 'varken ett resultat eller en uppföljning visar att målet nåddes' },
    target: { value: 'målvärde', both: 'målvärde eller slutdatum' },
    draft: { audience: 'Målgruppen', competitor: 'Konkurrenten', channel: 'Kanalen', goal: 'Målet', kpi: 'KPI:n', theme: 'Temat', activity: 'Aktiviteten', milestone: 'Milstolpen' },
  },
  rules: {
    'situation-no-audiences': {
      title: 'Inga målgrupper kartlagda',
      message: 'Nulägesanalysen beskriver ingen målgrupp.',
      hint: 'Beskriv vilka som köper av er i dag, vilka som inte gör det och vilka ni vill ska bli kunder. Alla val av mål och kanaler utgår från dem.',
    },
    'situation-no-competitors': {
      title: 'Inga konkurrenter kartlagda',
      message: 'Nulägesanalysen nämner inga konkurrenter.',
      hint: 'Lista de viktigaste konkurrenterna, vad de gör bättre än ni och hur ni skiljer er från dem.',
    },
    'situation-no-usp': {
      title: 'Ingen unik säljpoäng',
      message: 'Planen anger inte er unika säljpoäng (USP).',
      hint: 'Skriv i en mening varför kunderna ska välja er framför en konkurrent. Positionering och innehåll bygger på den.',
    },
    'situation-no-channels': {
      title: 'Inga kanaler kartlagda',
      message: 'Nulägesanalysen tar inte upp några digitala kanaler.',
      hint: 'Kartlägg hela det digitala ekosystemet: webbplats, sociala medier, e-post, sök, CRM och så vidare, även kanaler där målgruppen finns men inte ni.',
    },
    'situation-no-website': {
      title: 'Webbplatsen är inte kartlagd',
      message: 'Ingen av de kartlagda kanalerna är er webbplats.',
      hint: 'Lägg till webbplatsen som kanal: vilka som besöker den, vilka kanaler som driver trafik och var konverteringarna kommer ifrån.',
    },
    'situation-no-social': {
      title: 'Sociala medier är inte kartlagda',
      message: 'Ingen av de kartlagda kanalerna är sociala medier.',
      hint: 'Lägg till de sociala kanaler ni använder och dem där målgruppen är aktiv men inte ni (markera dem ”inte närvarande”).',
    },
    'situation-no-search': {
      title: 'Sök är inte kartlagt',
      message: 'Ingen av de kartlagda kanalerna är sök.',
      hint: 'Lägg till sök som kanal: hur synliga ni är på Google och vad era kunder söker efter.',
    },
    'situation-no-campaigns': {
      title: 'Inga tidigare kampanjer',
      message: 'Nulägesanalysen tar inte upp några tidigare kampanjer.',
      hint: 'Lägg in de kampanjer ni har kört och vad ni lärde er av dem, så att den nya planen bygger på det som fungerade.',
    },
    'channel-no-goal': {
      title: 'Kanal utan mål',
      message: 'Kanalen ”{channel}” har inget mål.',
      hint: 'Skriv vad kanalen ska åstadkomma för verksamheten och vad som är dess största utmaning. Har den ingen uppgift kan ni överväga att lägga ner den.',
    },
    'channel-no-funnel': {
      title: 'Kanal utan plats i tratten',
      message: 'Kanalen ”{channel}” är inte placerad i tratten.',
      hint: 'Välj vilka steg den ska täcka: nå, engagera, konvertera eller behålla. Då syns det vilka steg planen täcker.',
    },
    'channel-silo': {
      title: 'Kanal i en silo',
      message: 'Kanalen ”{channel}” täcker bara steget ”{stage}”.',
      hint: 'Beskriv hur den för kunden vidare till nästa steg, till exempel från ett inlägg till en anmälan till nyhetsbrevet, så att kanalerna samverkar i en kundresa i stället för att stå i var sin silo.',
    },
    'template-drafts': {
      title: 'Utkast från en mall',
      message: '{item} ”{name}” är fortfarande ett utkast från mallen (utkast i planen: {count}).',
      hint: 'Läs igenom det, anpassa det till ert företag och bekräfta det, eller ta bort det: en mall är en utgångspunkt, inte er plan.',
    },
    'goals-missing': {
      title: 'Inga mål',
      message: 'Planen har inga mål.',
      hint: 'Börja med affärsmålet och sätt SMARTa mål på kort, medellång och lång sikt.',
    },
    'goal-no-kpi': {
      title: 'Mål utan KPI',
      message: 'Målet ”{goal}” har ingen KPI som mäter det.',
      hint: 'Välj den KPI som visar om målet är nått, till exempel försäljning, nya kunder eller förfrågningar. Ett mål som inte går att mäta är inte SMART.',
    },
    'goal-no-baseline': {
      title: 'Mål utan utgångsvärde',
      message: 'Målet ”{goal}” saknar utgångsvärde.',
      hint: 'Ange dagens värde och vilket datum det gäller, så att utvecklingen kan mätas från där ni börjar.',
    },
    'goal-no-target': {
      title: 'Mål utan målvärde',
      message: 'Målet ”{goal}” har inget {missing}.',
      hint: 'Ange siffran som ska nås och datumet då den ska vara nådd, till exempel ett antal försäljningar, bokningar eller förfrågningar, eller en konverteringsgrad på 3 %. Utan dem är målet inte SMART.',
    },
    'goal-no-target-date': {
      title: 'Mål utan slutdatum',
      message: 'Målet ”{goal}” har inget slutdatum.',
      hint: 'Ange datumet då målet ska vara nått. Ett mål utan slutdatum är inte tidsbundet.',
    },
    'goal-target-outside-period': {
      title: 'Slutdatum utanför tidshorisonten',
      message: 'Slutdatumet för ”{goal}” ({date}) ligger utanför {from} – {to}, tidsfönstret för mål på {horizon}.',
      hint: 'Mål på kort och medellång sikt bör nås inom planperioden, långsiktiga mål inom fem år. Flytta datumet eller byt tidshorisont.',
    },
    'goal-target-passed': {
      title: 'Slutdatumet har passerat',
      message: 'Slutdatumet för ”{goal}” ({date}) har passerat, och {outcome}.',
      hint: 'För in utfallet i en uppföljning, nått eller inte, och sätt ett nytt slutdatum eller ett nytt mål att gå vidare med.',
    },
    'goal-vague': {
      title: 'Otydligt mål',
      message: 'Målet ”{goal}” säger ”{word}” men inte hur mycket.',
      hint: 'Skriv in siffran och datumet i rubriken: hur mycket, från vad till vad och till när. Då jobbar alla mot samma mål.',
    },
    'goal-no-business-link': {
      title: 'Mål utan koppling till affärsresultat',
      message: 'Målet ”{goal}” är inte kopplat till något affärsresultat.',
      hint: 'Ange vilket affärsresultat det stöder: omsättning, marknadsandel, kostnader eller kunder. Stöder det inget av dem hör det kanske inte hemma i planen.',
    },
    'goal-no-owner': {
      title: 'Mål utan ägare',
      message: 'Målet ”{goal}” har ingen ägare.',
      hint: 'Ange vem som ansvarar för att nå målet och rapporterar om det vid den kvartalsvisa uppföljningen.',
    },
    'goals-horizon-missing': {
      title: 'Inga mål på en tidshorisont',
      message: 'Inga mål är satta på {horizon}.',
      hint: 'Sätt mål på kort, medellång och lång sikt, så att kvartalets arbete leder mot den långsiktiga ambitionen.',
    },
    'goals-too-few': {
      title: 'Bara ett mål på en tidshorisont',
      message: 'Bara ett mål är satt på {horizon}.',
      hint: 'Överväg att dela upp det i två eller tre mål, till exempel per steg i tratten eller per avdelning. Med för få mål blir strategin otydlig.',
    },
    'goals-too-many': {
      title: 'För många mål på en tidshorisont',
      message: '{count} mål är satta på {horizon}; fler än {max} gör att fokus går förlorat.',
      hint: 'Behåll de mål som betyder mest för affärsresultatet och gör om de andra till delmål eller KPI:er.',
    },
    'goal-subgoal-after-parent': {
      title: 'Delmål slutar efter sitt mål',
      message: 'Delmålet ”{goal}” har slutdatum {date}, efter slutdatumet för det överordnade målet ”{parent}” ({parentDate}).',
      hint: 'Ett delmål är ett steg på vägen mot det överordnade målet och bör nås först. Tidigarelägg datumet eller koppla delmålet till ett annat mål.',
    },
    'goal-long-no-subgoal': {
      title: 'Långsiktigt mål utan delmål',
      message: 'Det långsiktiga målet ”{goal}” har inga delmål på kortare sikt.',
      hint: 'Bryt ner det i mål för året och kvartalet, så att det är tydligt vad som måste hända i år och det här kvartalet.',
    },
    'kpis-missing': {
      title: 'Inga KPI:er',
      message: 'Planen har inga KPI:er.',
      hint: 'Definiera de KPI:er som mäter era mål. Börja med de långsiktiga målen och ta sedan de kortsiktiga.',
    },
    'kpi-no-owner': {
      title: 'KPI utan ägare',
      message: 'KPI:n ”{kpi}” har ingen ägare.',
      hint: 'Ange vem som ansvarar för att följa upp den och för att nå de mål som är satta för den.',
    },
    'kpi-no-frequency': {
      title: 'KPI utan mätfrekvens',
      message: 'KPI:n ”{kpi}” har ingen mätfrekvens.',
      hint: 'Välj hur ofta den ska mätas, i takt med verksamheten: i realtid, dagligen, varje vecka, varje månad, varje kvartal eller två gånger om året.',
    },
    'kpi-no-definition': {
      title: 'KPI utan definition',
      message: 'KPI:n ”{kpi}” har ingen definition.',
      hint: 'Skriv exakt vad som räknas och vad som inte räknas, så att alla läser siffran på samma sätt.',
    },
    'kpi-no-unit': {
      title: 'KPI utan enhet',
      message: 'KPI:n ”{kpi}” har ingen enhet.',
      hint: 'Välj enhet: antal, procent, belopp, tid eller kvot.',
    },
    'kpi-vanity': {
      title: 'Vanity metric',
      message: 'KPI:n ”{kpi}” är en så kallad ”vanity metric” och leder inte till något konverteringsmål.',
      hint: 'Koppla den till ett mål som ger konverteringar, som delmål till ett sälj- eller leadsmål, eller mät vad målgruppen gör sedan, till exempel besök på webbplatsen, anmälningar eller förfrågningar.',
    },
    'kpi-unused': {
      title: 'KPI som inte mäter något mål',
      message: 'KPI:n ”{kpi}” mäter inget mål.',
      hint: 'Koppla den till målet den mäter, eller till en aktivitet som bidrar till ett mål. Styr ni inte efter den kan ni ta bort den.',
    },
    'kpi-no-measurements': {
      title: 'KPI som aldrig mätts',
      message: 'KPI:n ”{kpi}” har inga mätvärden sedan planen startade {start}.',
      hint: 'Lägg in resultaten hittills och börja med utgångsvärdet. Utan siffror går planen inte att följa upp.',
    },
    'kpi-measurement-overdue': {
      title: 'Mätning försenad',
      message: 'KPI:n ”{kpi}” ska mätas {frequency}, men det senaste värdet är från {date}, för {days} dagar sedan.',
      hint: 'Lägg in de resultat som saknas, eller ändra frekvensen om den inte stämmer med hur ofta ni faktiskt följer upp.',
    },
    'strategy-missing': {
      title: 'Ingen strategi',
      message: 'Planen har ingen strategi.',
      hint: 'Beskriv i stora drag hur ni ska nå målen: tratten från att nå kunder till lojala kunder som återkommer, positionering, köpt eller organisk trafik, innehåll och vem som gör jobbet.',
    },
    'funnel-stage-uncovered': {
      title: 'Steg i tratten som inget täcker',
      message: 'Inget i planen täcker steget ”{stage}” i tratten.',
      hint: 'Lägg till en kanal, en KPI eller en aktivitet för steget, eller skriv i strategin varför ni väljer bort det.',
    },
    'funnel-stage-unmeasured': {
      title: 'Steg i tratten utan mätning',
      message: 'Steget ”{stage}” har kanaler eller aktiviteter men ingen KPI.',
      hint: 'Lägg till en KPI för steget, så att ni ser om insatserna där lönar sig.',
    },
    'strategy-no-journey': {
      title: 'Ingen kundresa',
      message: 'Strategin beskriver ingen kundresa.',
      hint: 'Beskriv stegen kunden går igenom, från att upptäcka er till att bli en lojal kund som återkommer, och de digitala kontaktpunkterna i varje steg.',
    },
    'activities-missing': {
      title: 'Inga aktiviteter',
      message: 'Planen har inga aktiviteter.',
      hint: 'Lista de kampanjer, projekt och uppgifter som ska leverera strategin, var och en kopplad till ett mål.',
    },
    'activity-no-goal': {
      title: 'Aktivitet utan mål',
      message: 'Aktiviteten ”{activity}” bidrar inte till något mål.',
      hint: 'Koppla den till målet den för framåt. Bidrar den inte till något, stryk den, eller markera den som underhåll om den håller verksamheten igång.',
    },
    'activity-no-owner': {
      title: 'Aktivitet utan ägare',
      message: 'Aktiviteten ”{activity}” har ingen ägare.',
      hint: 'Ange vem som är ansvarig och gärna vilket team som gör jobbet.',
    },
    'activity-no-estimate': {
      title: 'Aktivitet utan tidsuppskattning',
      message: 'Aktiviteten ”{activity}” har ingen tidsuppskattning i timmar.',
      hint: 'Gör en grov uppskattning. Den behövs för att se om arbetet ryms i temabudgetarna och de närmaste 90 dagarna.',
    },
    'activity-no-value-effort': {
      title: 'Aktivitet utan bedömning',
      message: 'Aktiviteten ”{activity}” saknar bedömning av nytta eller insats.',
      hint: 'Bedöm nytta och insats på en skala från 1 till 10, så att backloggen kan prioriteras efter kostnad och nytta.',
    },
    'activities-far-ahead': {
      title: 'Detaljplanering för långt fram',
      message: 'Inget är planerat mellan {from} och {until}, men det finns daterade aktiviteter från {first} och framåt.',
      hint: 'Planera de närmaste 90 dagarna i detalj och håll senare arbete på temanivå; det är svårt att planera i detalj för längre än 90 dagar.',
    },
    'activity-dependency-order': {
      title: 'Aktivitet börjar innan det den väntar på är klart',
      message: 'Aktiviteten ”{activity}” börjar {start} men är beroende av ”{dependency}”, som slutar {end}.',
      hint: 'Flytta starten till efter att den andra aktiviteten är klar, eller ta bort beroendet om arbetet kan överlappa.',
    },
    'themes-missing': {
      title: 'Inga teman',
      message: 'Planen har inga teman.',
      hint: 'Gruppera aktiviteterna i teman som ”Webbplatsens prestanda” eller ”Kundupplevelse”, vart och ett med en budget i timmar. Färdplanen bygger på dem.',
    },
    'theme-no-budget': {
      title: 'Tema utan budget',
      message: 'Temat ”{theme}” har ingen budget i timmar.',
      hint: 'Sätt en övergripande budget i timmar; den visar den samlade investeringen och när arbetet växer ur ramen.',
    },
    'maintenance-reserve-missing': {
      title: 'Ingen reserv för underhåll',
      message: 'Underhåll har {share} av de budgeterade timmarna ({hours} av {total} h); avsätt minst {required}.',
      hint: 'Lägg till eller utöka ett underhållstema för uppgraderingar, buggrättningar och säkerhetsuppdateringar, så att de inte tränger undan färdplanen.',
    },
    'theme-over-budget': {
      title: 'Tema över budget',
      message: 'Temat ”{theme}” har {planned} h planerade aktiviteter mot en budget på {budget} h.',
      hint: 'Höj budgeten, flytta aktiviteter till en senare period eller ett annat tema, eller stryk dem som ger minst nytta.',
    },
    'activity-no-theme': {
      title: 'Aktivitet utan tema',
      message: 'Aktiviteten ”{activity}” hör inte till något tema.',
      hint: 'Lägg den i ett tema, så att timmarna räknas mot en budget och aktiviteten syns i färdplanen.',
    },
    'roadmap-empty': {
      title: 'Tom färdplan',
      message: 'Färdplanen är tom: inga milstolpar och inga daterade aktiviteter.',
      hint: 'Ge de närmaste aktiviteterna datum och lägg in de viktigaste milstolparna, så att intressenterna ser vart ni är på väg och när.',
    },
    'roadmap-no-milestones': {
      title: 'Inga milstolpar',
      message: 'Färdplanen har inga milstolpar.',
      hint: 'Lägg in de milstolpar som betyder något för intressenterna, till exempel en lansering eller en kampanjstart, så att framstegen syns på tidslinjen.',
    },
    'activity-undated': {
      title: 'Planerad aktivitet utan datum',
      message: 'Den planerade aktiviteten ”{activity}” saknar start- eller slutdatum.',
      hint: 'Ge den start och slut så att den syns i färdplanen, eller gör den till en idé igen om den inte är beslutad.',
    },
    'reviews-missing': {
      title: 'Aldrig uppföljd',
      message: 'Planen har inte följts upp sedan den startade {start} (för {days} dagar sedan).',
      hint: 'Håll den första kvartalsuppföljningen: gå igenom varje mål mot målvärdet, besluta vad som ska ändras och skriv ner vad ni lärde er.',
    },
    'review-overdue': {
      title: 'Kvartalsuppföljning försenad',
      message: 'Planen har inte följts upp sedan {since} (för {days} dagar sedan).',
      hint: 'Håll en uppföljning: gå igenom varje mål mot målvärdet, besluta vad som ska ändras och skriv ner experimenten och vad ni lärde er.',
    },
    'review-quarter-repeated': {
      title: 'Flera uppföljningar av samma kvartal',
      message: 'Kvartal {q} {year} har {count} uppföljningar, daterade {dates}. En plan har en uppföljning per kvartal.',
      hint: 'Behåll en: kopiera det som är värt att spara från den andra till den, och ta sedan bort den andra, eller flytta den till det kvartal den blickar tillbaka på.',
    },
    'experiment-incomplete': {
      title: 'Experiment utan lärdom',
      message: 'Experimentet ”{hypothesis}” saknar {missing}.',
      hint: 'Skriv ner vad ni lärde er och vad ni gör härnäst, oavsett om det fungerade eller inte. Experiment. Fail. Learn. Repeat.',
    },
  },
};
