import type { HealthMessages } from '../health.messages.js';

export const nb: HealthMessages = {
  terms: {
    horizon: {
      quarter: 'kort sikt (et kvartal)',
      year: 'mellomlang sikt (et år)',
      long: 'lang sikt (2–5 år)',
    },
    stage: { reach: 'nå ut', engage: 'engasjere', convert: 'konvertere', retain: 'beholde' },
    frequency: {
      live: 'løpende',
      daily: 'daglig',
      weekly: 'ukentlig',
      monthly: 'månedlig',
      quarterly: 'kvartalsvis',
      semiannual: 'to ganger i året',
    },
    experiment: { learning: 'læring', next: 'neste steg' },
    outcome: { missed: 'målet ble ikke nådd', unjudged: 'verken et resultat eller en gjennomgang viser at målet ble nådd' },
    target: { value: 'målverdi', both: 'målverdi eller frist' },
    draft: { audience: 'Målgruppen', competitor: 'Konkurrenten', channel: 'Kanalen', goal: 'Målet', kpi: 'Nøkkeltallet', theme: 'Temaet', activity: 'Aktiviteten', milestone: 'Milepælen' },
  },
  rules: {
    'situation-no-audiences': {
      title: 'Ingen målgrupper kartlagt',
      message: 'Nåsituasjonen beskriver ingen målgruppe.',
      hint: 'Beskriv hvem som kjøper av deg i dag, hvem som ikke gjør det, og hvem du vil skal kjøpe av deg. Alle valg av mål og kanaler starter her.',
    },
    'situation-no-competitors': {
      title: 'Ingen konkurrenter kartlagt',
      message: 'Nåsituasjonen nevner ingen konkurrenter.',
      hint: 'List opp de viktigste konkurrentene, hva de gjør bedre enn deg, og hvordan du skiller deg ut fra dem.',
    },
    'situation-no-usp': {
      title: 'Ingen unik salgsfordel',
      message: 'Planen sier ikke hva som er din unike salgsfordel (USP).',
      hint: 'Skriv med én setning hvorfor kundene skal velge deg framfor en konkurrent. Posisjonering og innhold bygger på dette.',
    },
    'situation-no-channels': {
      title: 'Ingen kanaler kartlagt',
      message: 'Nåsituasjonen inneholder ingen digitale kanaler.',
      hint: 'Kartlegg det digitale økosystemet: nettsider, sosiale medier, e-post, søk, CRM og så videre, også kanaler der målgruppen er til stede, men ikke du.',
    },
    'situation-no-website': {
      title: 'Nettsidene er ikke kartlagt',
      message: 'Ingen av de kartlagte kanalene er nettsidene dine.',
      hint: 'Legg til nettsidene som kanal: hvem som besøker dem, hvilke kanaler som gir trafikk, og hvor konverteringene kommer fra.',
    },
    'situation-no-social': {
      title: 'Sosiale medier er ikke kartlagt',
      message: 'Ingen av de kartlagte kanalene er sosiale medier.',
      hint: 'Legg til kanalene du er til stede i, og dem der målgruppen er aktiv uten at du er det (merk dem «ikke til stede»).',
    },
    'situation-no-search': {
      title: 'Søk er ikke kartlagt',
      message: 'Ingen av de kartlagte kanalene er søk.',
      hint: 'Legg til søk som kanal: hvor synlig du er i et Google-søk, og hva kundene dine søker etter.',
    },
    'situation-no-campaigns': {
      title: 'Ingen tidligere kampanjer',
      message: 'Nåsituasjonen viser ingen tidligere kampanjer.',
      hint: 'Legg inn kampanjene du har kjørt og erfaringene fra dem, så den nye planen bygger på det som virket.',
    },
    'channel-no-goal': {
      title: 'Kanal uten mål',
      message: 'Kanalen «{channel}» har ikke noe mål.',
      hint: 'Skriv hva kanalen skal oppnå for virksomheten, og hva som er den største utfordringen. Har den ingen oppgave, bør du vurdere å legge den ned.',
    },
    'channel-no-funnel': {
      title: 'Kanal uten plass i trakten',
      message: 'Kanalen «{channel}» er ikke plassert i trakten.',
      hint: 'Velg hvilke trinn den skal dekke: nå ut, engasjere, konvertere eller beholde. Da ser du hvilke trinn planen dekker.',
    },
    'channel-silo': {
      title: 'Kanal i en silo',
      message: 'Kanalen «{channel}» dekker bare trinnet «{stage}».',
      hint: 'Beskriv hvordan den fører kundene videre til neste trinn, for eksempel fra et innlegg til påmelding på nyhetsbrevet, så kanalene henger sammen i én kundereise i stedet for å stå i hver sin silo.',
    },
    'template-drafts': {
      title: 'Utkast fra en mal',
      message: '{item} «{name}» er fortsatt et utkast fra malen (utkast i planen: {count}).',
      hint: 'Les det, tilpass det til virksomheten din og bekreft det, eller slett det: en mal er et utgangspunkt, ikke planen din.',
    },
    'goals-missing': {
      title: 'Ingen mål',
      message: 'Planen har ingen mål.',
      hint: 'Start med forretningsmålet og sett SMART-mål på kort, mellomlang og lang sikt.',
    },
    'goal-no-kpi': {
      title: 'Mål uten nøkkeltall',
      message: 'Målet «{goal}» har ikke noe nøkkeltall (KPI) som måler det.',
      hint: 'Velg nøkkeltallet som viser om målet er nådd, for eksempel salg, nye kunder eller henvendelser. Et mål som ikke kan måles, er ikke SMART.',
    },
    'goal-no-baseline': {
      title: 'Mål uten utgangsverdi',
      message: 'Målet «{goal}» mangler utgangsverdi.',
      hint: 'Legg inn dagens verdi og datoen den gjelder, så fremgangen kan måles fra der du starter.',
    },
    'goal-no-target': {
      title: 'Mål uten målverdi',
      message: 'Målet «{goal}» har ingen {missing}.',
      hint: 'Sett tallet som skal nås, og datoen det skal nås innen, for eksempel et antall salg, bestillinger eller henvendelser, eller en konverteringsrate på 3 %. Uten dem er målet ikke SMART.',
    },
    'goal-no-target-date': {
      title: 'Mål uten frist',
      message: 'Målet «{goal}» har ingen frist.',
      hint: 'Sett datoen målet skal være nådd innen. Et mål uten frist er ikke tidsbestemt.',
    },
    'goal-target-outside-period': {
      title: 'Frist utenfor tidshorisonten',
      message: 'Fristen for «{goal}» ({date}) ligger utenfor {from} – {to}, tidsvinduet for mål på {horizon}.',
      hint: 'Mål på kort og mellomlang sikt bør nås innenfor planperioden, langsiktige mål innen fem år. Flytt datoen eller endre tidshorisonten.',
    },
    'goal-target-passed': {
      title: 'Fristen er passert',
      message: 'Fristen for «{goal}» ({date}) er passert, og {outcome}.',
      hint: 'Før opp resultatet i en gjennomgang, nådd eller ikke, og sett en ny frist eller et nytt oppfølgingsmål.',
    },
    'goal-vague': {
      title: 'Uklart mål',
      message: 'Målet «{goal}» sier «{word}», men ikke hvor mye.',
      hint: 'Skriv tallet og datoen inn i tittelen: hvor mye, fra hva til hva, og innen når. Da jobber alle mot det samme målet.',
    },
    'goal-no-business-link': {
      title: 'Mål uten kobling til forretningsresultat',
      message: 'Målet «{goal}» er ikke koblet til et forretningsresultat.',
      hint: 'Angi hvilket forretningsresultat det støtter: omsetning, markedsandel, kostnader eller kunder. Støtter det ingen av dem, hører det kanskje ikke hjemme i planen.',
    },
    'goal-no-owner': {
      title: 'Mål uten eier',
      message: 'Målet «{goal}» har ingen eier.',
      hint: 'Angi hvem som har ansvaret for å nå målet og rapporterer på det i den kvartalsvise gjennomgangen.',
    },
    'goals-horizon-missing': {
      title: 'Ingen mål på en tidshorisont',
      message: 'Det er ikke satt noe mål på {horizon}.',
      hint: 'Sett mål på kort, mellomlang og lang sikt, så arbeidet dette kvartalet henger sammen med ambisjonen på lang sikt.',
    },
    'goals-too-few': {
      title: 'Bare ett mål på en tidshorisont',
      message: 'Det er bare satt ett mål på {horizon}.',
      hint: 'Vurder å dele det opp i to eller tre mål, for eksempel per trinn i trakten eller per avdeling. Med for få mål blir strategien uklar.',
    },
    'goals-too-many': {
      title: 'For mange mål på en tidshorisont',
      message: 'Det er satt {count} mål på {horizon}; flere enn {max} gjør at fokuset sløres.',
      hint: 'Behold målene som betyr mest for forretningsresultatet, og gjør de andre om til delmål eller nøkkeltall.',
    },
    'goal-subgoal-after-parent': {
      title: 'Delmål med senere frist enn målet',
      message: 'Delmålet «{goal}» har frist {date}, etter fristen for hovedmålet «{parent}» ({parentDate}).',
      hint: 'Et delmål er et steg på veien mot hovedmålet og bør nås først. Framskynd fristen, eller knytt delmålet til et annet mål.',
    },
    'goal-long-no-subgoal': {
      title: 'Langsiktig mål uten delmål',
      message: 'Det langsiktige målet «{goal}» har ingen delmål på kortere sikt.',
      hint: 'Del det opp i mål for året og kvartalet, så det er tydelig hva som må skje i år og dette kvartalet.',
    },
    'kpis-missing': {
      title: 'Ingen nøkkeltall',
      message: 'Planen har ingen nøkkeltall (KPI-er).',
      hint: 'Definer nøkkeltallene som måler målene dine. Start med de langsiktige målene, deretter de kortsiktige.',
    },
    'kpi-no-owner': {
      title: 'Nøkkeltall uten eier',
      message: 'Nøkkeltallet «{kpi}» har ingen eier.',
      hint: 'Angi hvem som har ansvaret for å følge det opp og for å nå målene som er satt for det.',
    },
    'kpi-no-frequency': {
      title: 'Nøkkeltall uten målefrekvens',
      message: 'Nøkkeltallet «{kpi}» har ingen målefrekvens.',
      hint: 'Velg hvor ofte det skal måles, i takt med virksomheten: løpende, daglig, ukentlig, månedlig, kvartalsvis eller to ganger i året.',
    },
    'kpi-no-definition': {
      title: 'Nøkkeltall uten definisjon',
      message: 'Nøkkeltallet «{kpi}» har ingen definisjon.',
      hint: 'Skriv nøyaktig hva som telles med og hva som holdes utenfor, så alle leser tallet likt.',
    },
    'kpi-no-unit': {
      title: 'Nøkkeltall uten enhet',
      message: 'Nøkkeltallet «{kpi}» har ingen enhet.',
      hint: 'Velg enhet: antall, prosent, beløp, varighet eller forholdstall.',
    },
    'kpi-vanity': {
      title: 'Forfengelighetstall',
      message: 'Nøkkeltallet «{kpi}» er et forfengelighetstall («vanity metric») og fører ikke til noe konverteringsmål.',
      hint: 'Knytt det til et mål som gir konverteringer, som delmål under et salgs- eller leadsmål, eller mål hva målgruppen gjør etterpå, for eksempel besøk på nettstedet, påmeldinger eller henvendelser.',
    },
    'kpi-unused': {
      title: 'Nøkkeltall som ikke måler noe mål',
      message: 'Nøkkeltallet «{kpi}» måler ikke noe mål.',
      hint: 'Koble det til målet det måler, eller til en aktivitet som bidrar til et mål. Styrer du ikke etter det, kan du fjerne det.',
    },
    'kpi-no-measurements': {
      title: 'Nøkkeltall som aldri er målt',
      message: 'Nøkkeltallet «{kpi}» har ingen målinger siden planen startet {start}.',
      hint: 'Legg inn resultatene så langt, og begynn med utgangsverdien. Uten tall kan planen ikke følges opp.',
    },
    'kpi-measurement-overdue': {
      title: 'Måling på etterskudd',
      message: 'Nøkkeltallet «{kpi}» skal måles {frequency}, men siste verdi er fra {date}, for {days} dager siden.',
      hint: 'Legg inn resultatene som mangler, eller endre frekvensen hvis den ikke stemmer med hvor ofte dere faktisk følger opp.',
    },
    'strategy-missing': {
      title: 'Ingen strategi',
      message: 'Planen har ingen strategi.',
      hint: 'Beskriv i grove trekk hvordan dere skal nå målene: trakten fra å nå ut til lojale kunder, posisjonering, betalt eller organisk trafikk, innhold, og hvem som gjør jobben.',
    },
    'funnel-stage-uncovered': {
      title: 'Trinn i trakten som ingen dekker',
      message: 'Ingenting i planen dekker trinnet «{stage}» i trakten.',
      hint: 'Legg til en kanal, et nøkkeltall eller en aktivitet for dette trinnet, eller skriv i strategien hvorfor dere lar det ligge.',
    },
    'funnel-stage-unmeasured': {
      title: 'Trinn i trakten uten måling',
      message: 'Trinnet «{stage}» har kanaler eller aktiviteter, men ikke noe nøkkeltall.',
      hint: 'Legg til et nøkkeltall for trinnet, så du ser om innsatsen der lønner seg.',
    },
    'strategy-no-journey': {
      title: 'Ingen kundereise',
      message: 'Strategien beskriver ingen kundereise.',
      hint: 'Beskriv trinnene kunden går gjennom, fra første møte med dere til gjenkjøp, og de digitale kontaktpunktene i hvert trinn.',
    },
    'activities-missing': {
      title: 'Ingen aktiviteter',
      message: 'Planen har ingen aktiviteter.',
      hint: 'List opp kampanjene, prosjektene og oppgavene som skal gjennomføre strategien, hver knyttet til et mål.',
    },
    'activity-no-goal': {
      title: 'Aktivitet uten mål',
      message: 'Aktiviteten «{activity}» bidrar ikke til noe mål.',
      hint: 'Koble den til målet den flytter. Bidrar den ikke til noe, dropp den, eller merk den som vedlikehold hvis den holder driften i gang.',
    },
    'activity-no-owner': {
      title: 'Aktivitet uten eier',
      message: 'Aktiviteten «{activity}» har ingen eier.',
      hint: 'Angi hvem som er ansvarlig, og gjerne hvilket team som gjør jobben.',
    },
    'activity-no-estimate': {
      title: 'Aktivitet uten estimat',
      message: 'Aktiviteten «{activity}» har ikke noe estimat i timer.',
      hint: 'Gi et grovt anslag. Det trengs for å se om arbeidet får plass innenfor temabudsjettene og de neste 90 dagene.',
    },
    'activity-no-value-effort': {
      title: 'Aktivitet uten vurdering',
      message: 'Aktiviteten «{activity}» mangler vurdering av nytte eller innsats.',
      hint: 'Gi nytte og innsats en score fra 1 til 10, så backloggen kan prioriteres etter kost og nytte.',
    },
    'activities-far-ahead': {
      title: 'Detaljplaner for langt fram i tid',
      message: 'Ingenting er planlagt mellom {from} og {until}, men det finnes aktiviteter med dato fra {first} og utover.',
      hint: 'Planlegg de neste 90 dagene i detalj og hold senere arbeid på temanivå; detaljplaner holder sjelden lenger enn 90 dager.',
    },
    'activity-dependency-order': {
      title: 'Aktivitet starter før det den venter på er ferdig',
      message: 'Aktiviteten «{activity}» starter {start}, men avhenger av «{dependency}», som slutter {end}.',
      hint: 'Flytt starten til etter at den andre aktiviteten er ferdig, eller fjern avhengigheten hvis arbeidet kan overlappe.',
    },
    'themes-missing': {
      title: 'Ingen temaer',
      message: 'Planen har ingen temaer.',
      hint: 'Grupper aktivitetene i temaer som «Ytelse på nettsidene» eller «Kundeopplevelse», hvert med et budsjett i timer. Veikartet bygger på dem.',
    },
    'theme-no-budget': {
      title: 'Tema uten budsjett',
      message: 'Temaet «{theme}» har ikke noe budsjett i timer.',
      hint: 'Sett et overordnet budsjett i timer; det viser den samlede investeringen og når arbeidet vokser ut over rammen.',
    },
    'maintenance-reserve-missing': {
      title: 'Ingen reserve til vedlikehold',
      message: 'Vedlikehold har {share} av de budsjetterte timene ({hours} av {total} t); sett av minst {required}.',
      hint: 'Legg til eller utvid et vedlikeholdstema for oppgraderinger, feilrettinger og sikkerhetsoppdateringer, så de ikke går ut over veikartet.',
    },
    'theme-over-budget': {
      title: 'Tema over budsjett',
      message: 'Temaet «{theme}» har {planned} t planlagte aktiviteter mot et budsjett på {budget} t.',
      hint: 'Øk budsjettet, flytt aktiviteter til en senere periode eller et annet tema, eller dropp dem som gir minst nytte.',
    },
    'activity-no-theme': {
      title: 'Aktivitet uten tema',
      message: 'Aktiviteten «{activity}» hører ikke til noe tema.',
      hint: 'Legg den i et tema, så timene regnes mot et budsjett og aktiviteten vises på veikartet.',
    },
    'roadmap-empty': {
      title: 'Tomt veikart',
      message: 'Veikartet er tomt: ingen milepæler og ingen aktiviteter med dato.',
      hint: 'Gi aktivitetene de nærmeste månedene datoer og legg inn de viktigste milepælene, så interessentene ser hvor dere skal og når.',
    },
    'roadmap-no-milestones': {
      title: 'Ingen milepæler',
      message: 'Veikartet har ingen milepæler.',
      hint: 'Legg inn milepælene som betyr noe for interessentene, som en lansering eller en kampanjestart, så fremdriften synes på tidslinjen.',
    },
    'activity-undated': {
      title: 'Planlagt aktivitet uten datoer',
      message: 'Den planlagte aktiviteten «{activity}» mangler start- eller sluttdato.',
      hint: 'Gi den start og slutt så den vises på veikartet, eller sett den tilbake til idé hvis den ikke er bestemt ennå.',
    },
    'reviews-missing': {
      title: 'Aldri gjennomgått',
      message: 'Planen er ikke gjennomgått siden den startet {start} (for {days} dager siden).',
      hint: 'Hold den første kvartalsvise gjennomgangen: gå gjennom hvert mål mot målverdien, bestem hva som skal endres, og skriv ned hva dere lærte.',
    },
    'review-overdue': {
      title: 'Kvartalsvis gjennomgang på etterskudd',
      message: 'Planen er ikke gjennomgått siden {since} (for {days} dager siden).',
      hint: 'Hold en gjennomgang: gå gjennom hvert mål mot målverdien, bestem hva som skal endres, og skriv ned eksperimentene og hva dere lærte.',
    },
    'review-quarter-repeated': {
      title: 'Flere oppfølginger av samme kvartal',
      message: '{q}. kvartal {year} har {count} oppfølginger, datert {dates}. En plan har én oppfølging per kvartal.',
      hint: 'Behold én: kopier det som er verdt å ta vare på fra den andre inn i den, og slett så den andre, eller flytt den til kvartalet den ser tilbake på.',
    },
    'experiment-incomplete': {
      title: 'Eksperiment uten læring',
      message: 'Eksperimentet «{hypothesis}» mangler {missing}.',
      hint: 'Skriv ned hva dere lærte og hva dere gjør videre, enten det virket eller ikke. Eksperimenter, feil, lær, gjenta.',
    },
  },
};
