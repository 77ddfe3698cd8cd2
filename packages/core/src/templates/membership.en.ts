/** The starting plan for a membership organisation or non-profit, in English. */
export const membershipEn = {
  objective: 'What should the digital work do for the organisation and its cause? For example: … more members by the end of the year, and members who stay.',
  audiences: {
    members: { name: 'Members today', notes: 'Who are they, and why did they join?' },
    lapsed: { name: 'Former members and people who never joined', notes: 'Why did they leave, or never join?' },
    'new-members': { name: 'People you want as members', notes: 'Which group should join you, for example younger people or a new region?' },
  },
  competitors: {
    'other-organisations': {
      name: 'Other organisations asking for the same time and money',
      better_at: ['visibility', 'membership benefits'],
      our_difference: 'Why join you rather than them?',
    },
    informal: {
      name: 'Free groups and communities online',
      better_at: ['no fee', 'easy to join'],
      our_difference: 'What does a member get that a free group cannot give?',
    },
  },
  channels: {
    website: { name: 'Website', goal: 'Explain the cause and make it easy to join', challenges: 'Can someone join and pay on a phone in two minutes?' },
    search: { name: 'Google search (SEO)', goal: 'Be found when people search for your cause', notes: 'What do people search for, and how visible are you?' },
    social: { name: 'Facebook and Instagram', goal: 'Show what the organisation does and reach new people', notes: 'What do you get out of being here? Is your audience active in a channel where you are not present?' },
    newsletter: { name: 'Member newsletter', goal: 'Keep members informed and involved', notes: 'How many open it, and what do they read?' },
    register: { name: 'Member register', goal: 'Know who the members are, and when they renew', notes: 'Is it up to date, and can it send reminders?' },
  },
  findings: [
    'Why do people join, and why do they leave?',
    'Which channels bring new members?',
    'Which pages on the website are visited most, and which are not visited at all?',
    'How visible are you in a Google search for your cause?',
    'Which campaigns have you run, and what did you learn from them?',
    'What do members get out of each channel? Could you get more?',
  ],
  goals: {
    'strong-voice': { title: 'A strong voice for the cause, with members behind it', description: 'How many members should you have in two to three years?' },
    'members-stay': { title: 'Members who stay year after year', description: 'What share of members should renew each year?' },
    recruit: { title: 'New members this year', description: 'Count new members in the register; last year’s figure is the baseline.' },
    renew: { title: 'Share of members who renew this year', description: 'Measure it in the member register.' },
    visitors: { title: 'Visitors to the website in the first quarter', description: 'Sub-goal for recruitment: more people learn about the cause.' },
    readers: { title: 'Newsletter open rate by the end of the second quarter', description: 'Sub-goal for renewal: members who read stay longer.' },
  },
  kpis: {
    members: { name: 'Members', definition: 'Paying members in the register at the end of the month' },
    'new-members': { name: 'New members', definition: 'Members who joined in the period, in the register' },
    'renewal-rate': { name: 'Renewal rate', definition: 'Members who renewed divided by members who were due to renew, in per cent' },
    'website-visits': { name: 'Website visits', definition: 'Sessions on the website, from the analytics tool' },
    'newsletter-opens': { name: 'Newsletter open rate', definition: 'Opened newsletters divided by those delivered, in per cent' },
  },
  funnel: {
    reach: 'How do new people hear of you? For example: members’ stories on social media, pages that answer what people search for.',
    engage: 'What makes them care? For example: results of your work, events, a newsletter.',
    convert: 'How easy is it to join? For example: join and pay on the phone, a clear answer to “what do I get?”.',
    retain: 'What makes members stay? For example: a welcome, news of what their fee achieved, a reminder before renewal.',
  },
  positioning: 'Why should someone join you? Write it in one sentence, as a member would say it.',
  content: 'Which stories, in which language, for whom and how often? For example: a monthly newsletter and a member story every week.',
  themes: {
    recruitment: { name: 'Recruitment', description: 'Joining online and campaigns for new members' },
    membership: { name: 'Member experience', description: 'Welcome, newsletter and renewal' },
    visibility: { name: 'Visibility for the cause', description: 'Stories and pages people find' },
    upkeep: { name: 'Maintenance', description: 'Upgrades, bug fixes and security updates of the website and member register' },
  },
  activities: {
    'join-page': { title: 'Simple sign-up and payment on the phone', description: 'One page, few fields, the payment options members use.' },
    welcome: { title: 'Welcome emails for new members', description: 'What you do, what they get, and how to get involved.' },
    newsletter: { title: 'Monthly newsletter', description: 'What happened, what is coming, and what members can do.' },
    'member-stories': { title: 'Member stories on social media', description: 'Real people and what the cause means to them.' },
    'bring-a-friend': { title: 'Campaign: members bring a friend', description: 'Ask members to recruit one more, with a simple link.' },
    'cause-pages': { title: 'Pages that answer what people search for', description: 'Questions about your cause, answered on the website.' },
    'renewal-reminders': { title: 'Renewal reminders by email and SMS', description: 'Before the renewal date, with a link to pay.' },
    upkeep: { title: 'Website and member register upkeep', description: 'Hours set aside through the year.' },
  },
  milestones: {
    'join-live': { title: 'New sign-up live' },
    'renewal-season': { title: 'Renewal season starts' },
  },
};

export type MembershipWords = typeof membershipEn;
