import type { Guidance } from './guidance.types';

// Seed tags ([no], [sv], [sv-wsi], [da], [en]) are explained in guidance.types.ts.
export const guidance: Guidance = {
  dashboard: {
    sections: [
      {
        // [sv-wsi] "Kan du svara på följande frågor?"
        title: 'The whole picture',
        questions: [
          'How do you translate your business goals into a plan for digital success?',
          'Do all the separate parts of your digital presence, together, improve the company’s results?',
          'How do you measure your digital presence?',
          'And the big one: how do your digital efforts work together?',
        ],
      },
      {
        // [da] goals reviewed each quarter "to monitor progress and find areas that need attention"; [en] review against analytics dashboards
        title: 'Staying on course',
        questions: [
          'Where is progress falling short, and which areas need attention?',
          'When did you last compare the results with your analytics?',
        ],
      },
    ],
    checklist: [
      // [en] "keep plans up-to-date. Review and update regularly."
      'The plan is kept up to date and reviewed regularly, not filed away.',
      // [da] goals visible and shared across the organisation
      'Goals are visible and shared across the organisation, so everyone works towards the same ones.',
    ],
    // [no] the Norwegian seed closes with this quote
    quote: { text: 'However beautiful the strategy, you should occasionally look at the results.', author: 'Winston Churchill' },
  },

  situation: {
    sections: [
      {
        // [no] "Målgruppe"; last question from [en] "primary and secondary target audiences and conversion groups"
        title: 'Audience',
        questions: [
          'Who buys your products or services today?',
          'Who does not buy from you?',
          'Who do you want to buy from you?',
          'Which are your primary and secondary audiences, and which of them convert?',
        ],
      },
      {
        // [no] "Hvem er konkurrentene dine?"; USP from [en] "Determine USP"
        title: 'Competitors',
        questions: [
          'Who are your competitors?',
          'What do they do better than you?',
          'What do you do differently, and how can you stand out from them?',
          'What is your unique selling proposition?',
        ],
      },
      {
        // [no] "Nettsidene"; last question from [sv-wsi] "Är er hemsida anpassad för att nå era mål?"
        title: 'Website',
        questions: [
          'Who visits your website today?',
          'Which channels bring traffic to your website?',
          'Which pages are visited most?',
          'Which pages are not visited?',
          'Where do the conversions come from?',
          'How good are the different pages?',
          'Is the website built to reach your goals?',
        ],
      },
      {
        // [no] "Sosiale medier"; last question from [sv-wsi] on Facebook, Instagram and Twitter
        title: 'Social media',
        questions: [
          'Which channels are you present in now?',
          'What do you get out of being present in each channel?',
          'Could you get more out of it?',
          'Is your audience active in a channel where you are not present?',
          'Are your products and services relevant to your audience in that channel?',
          'Does each post support your business goals and bring you closer to them?',
        ],
      },
      {
        // [no] "Søkemotoroptimalisering (SEO)"
        title: 'Search',
        questions: ['How visible are you in a Google search?', 'What do your customers search for?'],
      },
      {
        // [no] "Kampanjer"
        title: 'Past campaigns',
        questions: ['What kinds of campaigns have you run?', 'What did you learn from each of them?'],
      },
      {
        // [sv-wsi] the digital "ecosystem"; [en] "Analysis of technologies and tools"
        title: 'The digital ecosystem',
        questions: [
          'Which digital investments do you have, both towards customers and those that make your staff’s work easier?',
          'Do your intranet, CRM or ERP bring you closer to your goals by saving time or producing results?',
          'What goal and which key challenges does each channel have: website, social networks, mobile, CRM, ERP?',
          'Which tools and channels are available to you but not yet in use?',
        ],
      },
    ],
    checklist: [
      // [en] "start with the customer"
      'The plan is built around customer insights and needs, not around your products and tactics.',
      // [sv-wsi] "Släpp silotänkandet"
      'The channels are seen as one ecosystem, not as separate silos.',
      // [no] "Når du har kartlagt nå-situasjonen har du et godt verktøy for å jobbe videre med strategien."
      'The situation is mapped before the new strategy is set: it is the tool you build the strategy with.',
    ],
  },

  goals: {
    sections: [
      {
        // [no] "Hvor skal du?"; [sv] "Börja med affärsmålet. Mät det."; [da] goals support revenue or market share
        title: 'Where are you going?',
        questions: [
          'What should the strategy achieve? Be concrete.',
          'What is the business goal, and how will you measure it?',
          'What is it you actually want to do online?',
          'Does each goal directly support your revenue or market share?',
        ],
      },
      {
        // [sv] "Olika avdelningar på företaget kan givetvis ha olika mål"
        title: 'Goals per department',
        questions: [
          'Marketing: build awareness, generate leads, bring past customers back, sell online, launch new products?',
          'Sales: close deals, take load off the sales team?',
          'Support: raise customer satisfaction, take load off first-line support?',
        ],
      },
      {
        // [da] short (quarter), medium (year), long (2–5 years), baseline and timeline; [no] the book example and "delmål"
        title: 'Horizons and sub-goals',
        questions: [
          'What do you want to reach this quarter, this year, and in two to five years?',
          'What is the baseline today, what is the target, and by when should it be reached?',
          'Which sub-goals lead to the main goal?',
        ],
        example:
          'To sell 120,000 books by next year, a book shop sets sub-goals for visits to its website, time spent reading its articles and the number of enquiries.',
      },
    ],
    checklist: [
      // SMART as the seeds spell it: [no] spesifikt, målbart, attraktivt, realistisk, tidsbestemt;
      // [sv] specifika, mätbara, accepterade, realistiska, tidsbundna; [da] specifikke, målbare, opnåelige,
      // realistiske, tidsbegrænsede; [en] realistic "by basing them on insights from your analytics"
      'Specific: clear enough that everyone understands it the same way.',
      'Measurable: a number, with a baseline and a target.',
      'Accepted and attainable: the people who must reach it agree to it.',
      'Realistic: based on insights from your analytics.',
      'Time-bound: it has a date.',
      // [da] "Undgå at sætte for få mål … men undgå også at sætte for mange"
      'Not too few goals (the strategy gets vague) and not too many (the focus blurs).',
      // [da] visible and shared; reviewed every quarter
      'Every goal is visible across the organisation and reviewed every quarter.',
    ],
  },

  kpis: {
    sections: [
      {
        // [no] "Nøkkeltallene du setter som mål, kalles KPI"; each visit or enquiry "kalles for en konvertering";
        // [da] KPIs give insight into customer experience, financial results and operational efficiency
        title: 'What shows that you are getting there?',
        questions: [
          'Which key figures show whether the goal is being reached?',
          'What counts as a conversion for you: a sale, a visit, an enquiry?',
          'Does the KPI give insight into the customer experience, the financial results or how efficiently you operate?',
        ],
      },
      {
        // [da] "hver KPI bør have en ejer"; measured "live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året"
        title: 'Ownership and pace',
        questions: [
          'Who owns the KPI and answers for following it up and reaching the target?',
          'How often should it be measured to match the pace of your business: live, daily, weekly, monthly, quarterly or twice a year?',
          'Is the target still realistic and attainable, or should it be reassessed?',
        ],
      },
      {
        // [sv] "vanity metrics"; "ibland kan KPI:er i aktiviteterna också vara själva målet";
        // [en] "Achievement and success", "set up correct Google Analytics setting"
        title: 'Measuring the right things',
        questions: [
          'Are you steering towards your goals, or being led astray by vanity metrics?',
          'Is an activity’s KPI sometimes the goal itself?',
          'How will you check the result of each step, and the success of the whole?',
          'Is your analytics, such as Google Analytics, set up correctly?',
        ],
      },
    ],
    checklist: [
      // [da] "start med dine langsigtede mål og derefter definere dine kortsigtede mål"
      'Start from the long-term goals, then define the short-term ones.',
      // [da] responsibility
      'Every KPI has an owner.',
      // [sv] vanity metrics
      'KPIs tied to conversions come before likes, followers and page views.',
      // [da] "revurdere KPI-målene med jævne mellemrum"
      'KPI targets are reassessed at regular intervals.',
    ],
  },

  strategy: {
    sections: [
      {
        // [no] "Strategien svarer på hvordan du skal oppnå dine mål"; [sv] positioning, brand, price, service level
        title: 'How will you reach the goals?',
        questions: [
          'In broad strokes, how will you reach the goals you have set?',
          'How will you position yourself: brand, price, service level?',
        ],
      },
      {
        // [sv] "hur du ska nå kunder och prospekt, hur du ska få dem engagerade, att konvertera och att bli lojala kunder"
        title: 'The funnel',
        questions: [
          'How will you reach customers and prospects?',
          'How will you get them engaged?',
          'How will you get them to convert?',
          'How will you turn them into loyal customers who come back?',
        ],
      },
      {
        // [sv] the five strategy questions; content also from [en] "language, audience, methods and time of delivery"
        title: 'Channels and resources',
        questions: [
          'How will you use social media?',
          'If you have both a physical shop and a webshop, how will they work together?',
          'Will you buy traffic or focus on organic traffic?',
          'Do you need a strategy and an organisation for content: which language, audience, methods and timing?',
          'Will you do the work in-house, hire an agency, or mix the two?',
        ],
      },
      {
        // [sv-wsi] "Omnichannel", "Kundresan skiljer sig mer och mer", "Kundens resa är digital"
        title: 'The customer journey',
        questions: [
          'At which touchpoints do customers meet you, from discovering you to becoming loyal?',
          'Is the message consistent in every channel and at every touchpoint? Does customer service know which campaigns are running?',
          'How is the communication adapted to each channel, rather than the same everywhere?',
          'What should customers learn at each stage, and which measurable goals follow from that?',
        ],
      },
    ],
    checklist: [
      // [sv-wsi] "Slutkläm", points 1–3
      'Every digital effort works towards the overarching goals.',
      'Silo thinking is dropped: the efforts are steps in the same direction.',
      'No campaign is judged on CPC or CTR alone: look at the whole customer journey and the customer’s value.',
      // [en] "keep it Simple! 'Jargon light' is best"
      'It is simple and light on jargon, so others buy into it.',
    ],
  },

  activities: {
    sections: [
      {
        // [sv] "Taktik": "Vad gör du för att leverera på strategin? Vilka aktiveter ska du utföra? När?"
        title: 'What will you do?',
        questions: [
          'What will you do to deliver on the strategy? Which activities, and when?',
          'Which campaigns, seasons or small projects are coming up?',
        ],
      },
      {
        // [da] "Trin 3: Aktiviteter & projekter", the two scenarios and validation against goals
        title: 'The backlog',
        questions: [
          'Do you have a backlog, or only an idea of which projects and activities are needed?',
          'Which gaps and opportunities in the current strategy call for new activities?',
          'Does each activity support your goals and success factors?',
        ],
      },
      {
        // [da] cost-benefit; [en] "urgency and importance, as well as deadlines, budget"; teams and KPIs;
        // [sv] "en aktivitetslista med tillhörande budget och KPI:er"
        title: 'Priorities',
        questions: [
          'What does each activity cost, and what does it bring?',
          'How urgent and how important is it, and what are its deadline and budget?',
          'Which team does it, and who owns it?',
          'Which KPI will show that it worked?',
        ],
      },
    ],
    checklist: [
      // [sv] "svårt att planera i detalj för längre än 90 dagar"; [en] "90-day focus"
      'The next 90 days are planned in detail; further out, only in broad strokes.',
      // [da] "de opgaver, der har størst effekt, først"
      'The tasks with the greatest effect come first.',
      // [da] validated against the goals
      'Every activity serves a goal.',
      // [sv] "done is better than perfect"
      'Done is better than perfect: start somewhere and iterate.',
    ],
  },

  themes: {
    sections: [
      {
        // [da] "Trin 4: En tematisk plan på højt niveau"
        title: 'Themes',
        questions: [
          'Which themes does the work fall into, such as website performance or customer experience?',
          'Which activities, projects and initiatives belong together?',
        ],
      },
      {
        // [da] "high-level budgetter (i timer)", "budget til vedligeholdelse (opgraderinger, fejlrettelser, sikkerhedsopdateringer)"
        title: 'Budgets',
        questions: [
          'What budget in hours does each theme get?',
          'How much is set aside for maintenance: upgrades, bug fixes and security updates?',
          'What is the total investment each area needs?',
        ],
      },
    ],
    checklist: [
      'Every theme has a budget in hours.',
      'A maintenance reserve is in the plan, so necessary upkeep does not hold up the roadmap.',
    ],
  },

  roadmap: {
    sections: [
      {
        // [da] "Trin 5: Et visuelt tidsbaseret roadmap"
        title: 'The visual plan',
        questions: [
          'Where are you going, and how will you get there?',
          'Which themes and important milestones go on the timeline?',
          'Does it give stakeholders an overview, and the people doing the work the detail they need?',
        ],
      },
      {
        // [da] flexible, easy to update, time for bug fixing; [en] "a clear vision for the year … shorter term 90-day focus"
        title: 'Keeping it realistic',
        questions: [
          'Is time set aside for bug fixing and maintenance, so it does not hold up the roadmap?',
          'Is it easy to update when the business’s needs and goals change?',
          'Is there a clear vision for the year, with detail only for the next 90 days?',
        ],
      },
    ],
    checklist: [
      'Themes and milestones are on a timeline you can share.',
      'The roadmap is flexible and easy to update.',
    ],
  },

  reviews: {
    sections: [
      {
        // [no] the closing quote; [da] "gennemgås hvert kvartal … identificere områder, der kræver opmærksomhed"; [en] "find the gaps"
        title: 'Results',
        questions: [
          'How do the results compare with the targets?',
          'Which goals need attention, and why?',
          'Where are the gaps?',
        ],
      },
      {
        // [sv] "Experiment. Fail. Learn. Repeat.", "sämre än väntat. Eller bättre än väntat.", "konverteringsoptimering (cro)"
        title: 'Experiments',
        questions: [
          'What did you test, and what was the result?',
          'What did you learn, and what will you try next?',
          'Is anything going worse than expected, or better, so that tactics or activities should change?',
          'What could be improved on the website to convert better?',
        ],
      },
      {
        // [en] "Analysis and correction"; [da] reassess the KPI targets
        title: 'Correcting the course',
        questions: [
          'Which actions will you analyse and change to work more efficiently?',
          'Are the targets still realistic and attainable?',
        ],
      },
    ],
    checklist: [
      // [da] every quarter
      'Every goal is reviewed each quarter.',
      // [sv]
      'Experiment. Fail. Learn. Repeat.',
      // [en] "Done? Now do it again."
      'The plan is updated after each review. Done? Now do it again.',
    ],
    // [no]
    quote: { text: 'However beautiful the strategy, you should occasionally look at the results.', author: 'Winston Churchill' },
  },
};
