/** The starting plan for local services with several locations, in English. */
export const localServicesEn = {
  objective: 'Which business goal should the digital work serve? For example: more bookings at every location, or a new location full within a year.',
  audiences: {
    regulars: { name: 'Customers who come to us today', notes: 'Who are they, which location do they use, and how often do they come back?' },
    neighbours: { name: 'People nearby who go elsewhere', notes: 'Why do they choose someone else?' },
    'new-groups': { name: 'Customers you want to win', notes: 'Which groups near your locations should come to you?' },
  },
  competitors: {
    independents: {
      name: 'Independent businesses near each location',
      better_at: ['personal service', 'local reputation'],
      our_difference: 'What does a customer get from a chain that they cannot get from the shop on the corner?',
    },
    chains: {
      name: 'National chains and booking platforms',
      better_at: ['visibility in search', 'online booking'],
      our_difference: 'How do you stand out from them?',
    },
  },
  channels: {
    website: { name: 'Website with a page per location', goal: 'Turn visitors into bookings', challenges: 'Do opening hours, prices and booking work for every location?' },
    maps: { name: 'Google Business Profiles and maps', goal: 'Be found locally, with good reviews', notes: 'Is every location listed, complete and up to date?' },
    ads: { name: 'Local search ads', goal: 'Fill quiet weeks and new locations', notes: 'Have you tried them? What did a booking cost?' },
    social: { name: 'Facebook and Instagram', goal: 'Show the people and the work at each location', notes: 'Does each location post, or only head office?' },
    reminders: { name: 'Reminders by SMS and email', goal: 'Bring customers back at the right time', notes: 'Do you have customers’ consent and contact details?' },
  },
  findings: [
    'Which locations get the most bookings, and why?',
    'How visible is each location in a local Google search and on maps?',
    'What do the reviews say, and how many does each location have?',
    'Which channels bring the bookings: phone, walk-in, website?',
    'Which pages on the website are visited most, and which are not visited at all?',
    'Which campaigns have you run, and what did you learn from them?',
  ],
  goals: {
    'first-choice': { title: 'Be the first choice in every town where we have a location', description: 'What share of bookings should be made online in two to three years?' },
    'regular-customers': { title: 'Customers who stay with us for years', description: 'How many customers should come back year after year?' },
    bookings: { title: 'Online bookings this year', description: 'Count bookings across all locations; last year’s figure is the baseline.' },
    'come-back': { title: 'Share of customers who come back within a year', description: 'Measure it in the booking system or the customer register.' },
    'local-visibility': { title: 'Actions from the Google profiles in the first quarter', description: 'Calls, directions and website clicks for all locations.' },
    reviews: { title: 'New reviews by the end of the second quarter', description: 'Set a number per location, then add them up.' },
  },
  kpis: {
    'online-share': { name: 'Share of bookings made online', definition: 'Online bookings divided by all bookings, in per cent' },
    'online-bookings': { name: 'Online bookings', definition: 'Bookings made on the website or in the booking system, cancellations subtracted' },
    'profile-actions': { name: 'Actions from Google profiles', definition: 'Calls, direction requests and website clicks from all locations’ profiles' },
    'new-reviews': { name: 'New reviews', definition: 'New reviews on the Google profiles of all locations' },
    returning: { name: 'Returning customers', definition: 'Share of the last twelve months’ customers with two or more visits' },
  },
  funnel: {
    reach: 'How do people nearby find you? For example: complete Google profiles, a page per location, local ads.',
    engage: 'What makes them choose you? For example: reviews, prices shown openly, pictures of the people and the work.',
    convert: 'How easy is it to book? For example: online booking in three clicks, call directly from the phone.',
    retain: 'What brings them back? For example: reminders when the next service is due, a thank-you after the visit.',
  },
  positioning: 'Why should customers choose you over the independent shop nearby? Write it in one sentence.',
  content: 'What should every location show, and who writes it? For example: a local post a month per location and answers to every review.',
  themes: {
    local: { name: 'Local visibility', description: 'Google profiles, location pages and reviews' },
    booking: { name: 'Online booking', description: 'Booking for every location, on the phone too' },
    relationship: { name: 'Customers who come back', description: 'Reminders and local contact' },
    upkeep: { name: 'Maintenance', description: 'Upgrades, bug fixes and security updates of the website and booking system' },
  },
  activities: {
    profiles: { title: 'Complete the Google profile of every location', description: 'Opening hours, services, pictures, and a link to booking.' },
    'review-requests': { title: 'Ask for a review after each visit', description: 'A text message or email the day after, with a direct link.' },
    'location-pages': { title: 'A page per location', description: 'Address, opening hours, services, prices, the team and a booking button.' },
    'online-booking': { title: 'Online booking for all locations', description: 'Choose the location, the service and a time, and get a confirmation.' },
    'local-posts': { title: 'Local posts on Facebook and Instagram', description: 'One post a month per location, written by the people there.' },
    reminders: { title: 'Reminders when the next visit is due', description: 'By SMS or email, with a link to booking.' },
    'local-ads': { title: 'Local search ads for quiet weeks', description: 'Ads around the locations with free capacity.' },
    upkeep: { title: 'Website and booking system upkeep', description: 'Hours set aside through the year.' },
  },
  milestones: {
    'pages-live': { title: 'Location pages live' },
    'booking-live': { title: 'Online booking open at every location' },
  },
};

export type LocalServicesWords = typeof localServicesEn;
