/** The B2B lead generation starting plan in English. */
export const b2bLeadsEn = {
  objective: 'Which business goal should marketing serve? For example: … new customers this year, or sales spending its time on the right prospects.',
  audiences: {
    customers: { name: 'Customers today', notes: 'Which industries, company sizes and roles buy from you today?' },
    'lost-prospects': { name: 'Prospects who chose someone else', notes: 'Why did they say no?' },
    'target-accounts': { name: 'Target accounts you want to win', notes: 'Which companies, and who decides there?' },
  },
  competitors: {
    established: {
      name: 'Established suppliers in your market',
      better_at: ['brand awareness', 'references'],
      our_difference: 'What do you do differently, and how can you prove it?',
    },
    'status-quo': {
      name: 'Doing nothing, or doing it in-house',
      better_at: ['no cost up front'],
      our_difference: 'What does it cost the customer to wait?',
    },
  },
  channels: {
    website: { name: 'Website', goal: 'Turn the right visitors into leads', challenges: 'Do the service pages answer the buyer’s questions? Is it easy to get in touch?' },
    linkedin: { name: 'LinkedIn', goal: 'Reach decision makers in the target accounts', notes: 'Do your experts post, or only the company page?' },
    search: { name: 'Google search (SEO)', goal: 'Be found when buyers search for the problem you solve', notes: 'What do buyers search for, and how visible are you?' },
    email: { name: 'Email and newsletter', goal: 'Keep leads warm until they are ready to buy', notes: 'How many contacts do you have, and do they open?' },
    crm: { name: 'CRM', goal: 'Follow every lead from first contact to signed deal', notes: 'Does every lead from the website end up here?' },
  },
  findings: [
    'Which channels bring the leads that become customers?',
    'Which pages do prospects read before they get in touch?',
    'How long does it take from first visit to signed deal?',
    'What do buyers search for when they have the problem you solve?',
    'Does sales follow up leads from the website, and how fast?',
    'Which campaigns or events have you run, and what came out of them?',
  ],
  goals: {
    'digital-deals': { title: 'Win most new customers through digital channels', description: 'What share of new deals should start online in two to three years?' },
    'keep-customers': { title: 'Customers who renew and extend their contracts', description: 'How many customers should renew and expand each year?' },
    'qualified-leads': { title: 'Qualified leads passed to sales this year', description: 'Agree with sales on what a qualified lead is before you set the number.' },
    retention: { title: 'Share of customers who renew this year', description: 'Measure it in the CRM.' },
    'service-visits': { title: 'Visits to the service pages in the first quarter', description: 'Sub-goal for leads: the right visitors find you.' },
    'website-leads': { title: 'Leads from the website by the end of the second quarter', description: 'Contact forms, demo requests and downloads with contact details.' },
  },
  kpis: {
    'digital-deal-share': { name: 'Share of new deals that started online', definition: 'New deals whose first contact came through a digital channel, divided by all new deals' },
    sql: { name: 'Sales-qualified leads', definition: 'Leads that sales has accepted as qualified, counted in the CRM' },
    'website-leads': { name: 'Leads from the website', definition: 'Completed contact forms, demo requests and downloads with contact details' },
    'service-visits': { name: 'Visits to the service pages', definition: 'Sessions that reach at least one service page, from the analytics tool' },
    downloads: { name: 'Guide downloads', definition: 'Downloads of guides and other gated content' },
    retention: { name: 'Customer retention', definition: 'Share of last year’s customers who are still customers' },
  },
  funnel: {
    reach: 'How do buyers in the target accounts hear of you? For example: SEO on the problems you solve, posts by your experts on LinkedIn.',
    engage: 'What makes them want to know more? For example: a practical guide, a webinar, customer stories.',
    convert: 'What turns interest into a meeting? For example: a clear contact page, fast follow-up by sales, a qualified-lead definition agreed with sales.',
    retain: 'How do customers stay and buy more? For example: a customer newsletter, regular check-ins, references.',
  },
  positioning: 'Which problem do you solve better than anyone, and for whom? Write it in one sentence.',
  content: 'Which content, in which language, for which roles and how often? For example: one expert article a month and a guide each half year.',
  themes: {
    content: { name: 'Content and visibility', description: 'Service pages, expert posts and guides' },
    capture: { name: 'Leads and follow-up', description: 'Forms, CRM and what sales receives' },
    nurture: { name: 'Nurturing and customers', description: 'Emails to leads and to customers' },
    upkeep: { name: 'Maintenance', description: 'Upgrades, bug fixes and security updates of the website and CRM' },
  },
  activities: {
    'lead-definition': { title: 'Agree with sales on what a qualified lead is', description: 'A shared definition, and who follows up within how many days.' },
    'crm-forms': { title: 'Connect the website forms to the CRM', description: 'Every lead reaches sales with its source.' },
    'service-pages': { title: 'Rewrite the service pages around customer problems', description: 'The buyer’s questions, answers, proof and a clear next step.' },
    'linkedin-posts': { title: 'Weekly LinkedIn posts by your experts', description: 'Short, useful posts that link to the website.' },
    guide: { title: 'A practical guide to download', description: 'Useful enough that a buyer leaves an email address for it.' },
    'case-studies': { title: 'Customer stories with results', description: 'Ask satisfied customers; measure the result in their words.' },
    'nurture-flow': { title: 'Emails to leads who are not ready to buy', description: 'A short series that helps them decide.' },
    'customer-newsletter': { title: 'Newsletter to existing customers', description: 'News, tips and invitations, every quarter.' },
    webinar: { title: 'Webinar for the target accounts', description: 'A topic they care about, with an expert and a customer.' },
    upkeep: { title: 'Website and CRM upkeep', description: 'Hours set aside through the year.' },
  },
  milestones: {
    'forms-live': { title: 'Website forms go straight into the CRM' },
    'guide-launch': { title: 'Guide published' },
  },
};

export type B2bLeadsWords = typeof b2bLeadsEn;
