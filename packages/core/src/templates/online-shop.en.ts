/** The online shop's starting plan in English; the other languages have these words, translated. */
export const onlineShopEn = {
  objective: 'Which business goal should the webshop serve? For example: online revenue up by … this year.',
  audiences: {
    regulars: { name: 'Customers who buy today', notes: 'Who are they, what do they buy, and how often?' },
    browsers: { name: 'Visitors who leave without buying', notes: 'Where do they drop off, and why?' },
    'new-customers': { name: 'Customers you want to win', notes: 'Who should buy from you who does not today?' },
  },
  competitors: {
    marketplaces: {
      name: 'Large marketplaces and price comparison sites',
      better_at: ['price', 'range', 'delivery'],
      our_difference: 'What do you offer that they do not: advice, quality, service?',
    },
    specialists: {
      name: 'Other specialist webshops in your niche',
      better_at: ['visibility in search'],
      our_difference: 'How do you stand out from them?',
    },
  },
  channels: {
    webshop: { name: 'Webshop', goal: 'The main sales channel', challenges: 'Which pages are slow or lose visitors?' },
    search: { name: 'Google search (SEO)', goal: 'Be found when customers search for what you sell', notes: 'What do your customers search for, and how visible are you?' },
    ads: { name: 'Search and shopping ads', goal: 'Buy traffic that turns into orders', notes: 'What does an order cost from this channel?' },
    social: { name: 'Instagram and Facebook', goal: 'Inspire and bring visitors to the shop', notes: 'What do you get out of being here? Could you get more?' },
    newsletter: { name: 'Newsletter', goal: 'Bring customers back to buy again', notes: 'How many subscribers, and how many of them buy?' },
  },
  findings: [
    'Who visits the webshop today, and which channels bring the traffic?',
    'Which pages are visited most, and which are not visited at all?',
    'Where do the orders come from?',
    'How visible are you in a Google search for what you sell?',
    'Which campaigns have you run, and what did you learn from them?',
    'Is your audience active in a channel where you are not present?',
  ],
  goals: {
    'main-channel': { title: 'Make the webshop our main sales channel', description: 'What share of sales should come online in two to three years?' },
    'loyal-customers': { title: 'Customers who come back and buy again', description: 'How many of this year’s customers should buy again next year?' },
    revenue: { title: 'Online revenue this year', description: 'Set the target in your currency; last year’s figure is the baseline.' },
    repeat: { title: 'Share of customers who buy again this year', description: 'Measure it in your webshop or CRM.' },
    visits: { title: 'Visits to the webshop in the first quarter', description: 'Sub-goal for revenue: more of the right visitors.' },
    conversion: { title: 'Conversion rate by the end of the second quarter', description: 'Sub-goal for revenue: more visits end in an order.' },
  },
  kpis: {
    'online-share': { name: 'Share of sales made online', definition: 'Online revenue divided by total revenue, in per cent' },
    'online-revenue': { name: 'Online revenue', definition: 'Revenue of completed orders, returns subtracted, excluding VAT' },
    visits: { name: 'Webshop visits', definition: 'Sessions in the webshop, from the analytics tool' },
    'conversion-rate': { name: 'Conversion rate', definition: 'Orders divided by sessions, in per cent' },
    'newsletter-signups': { name: 'New newsletter subscribers', definition: 'New subscribers in the period, unsubscribes not subtracted' },
    'repeat-rate': { name: 'Repeat purchase rate', definition: 'Share of the last twelve months’ customers with two or more orders' },
  },
  funnel: {
    reach: 'How will new customers find you? For example: SEO on category pages, shopping ads, inspiration on social media.',
    engage: 'What makes visitors stay and come back? For example: buying guides, product reviews, a newsletter.',
    convert: 'What stops an order today? For example: a slow mobile checkout, few payment options, shipping costs.',
    retain: 'How does a first order become the next one? For example: emails after the purchase, offers for regulars.',
  },
  positioning: 'Why should customers buy from you rather than from a marketplace? Write it in one sentence.',
  content: 'Which content, in which language, for whom and how often? For example: a buying guide a month and a weekly newsletter.',
  themes: {
    shop: { name: 'Webshop and checkout', description: 'Fast pages and a checkout that works on a phone' },
    traffic: { name: 'Traffic and campaigns', description: 'Be found in search and sell in the seasons' },
    loyalty: { name: 'Customers who come back', description: 'Newsletter and follow-up after the purchase' },
    upkeep: { name: 'Maintenance', description: 'Upgrades, bug fixes and security updates' },
  },
  activities: {
    tracking: { title: 'Measure orders and conversions correctly', description: 'Check that the analytics tool counts every order and where it came from.' },
    checkout: { title: 'Simplify the mobile checkout', description: 'Fewer steps, the payment options customers expect, clear shipping costs.' },
    'category-seo': { title: 'SEO on the category pages', description: 'Texts and titles for what customers search for.' },
    signup: { title: 'Newsletter sign-up with a welcome offer', description: 'A sign-up in the shop and a welcome email.' },
    'product-reviews': { title: 'Collect product reviews', description: 'Ask for a review a week after delivery.' },
    'after-purchase': { title: 'Emails after the purchase', description: 'Thanks, tips for use, and a suggestion for the next purchase.' },
    'season-campaign': { title: 'Campaign for the main season', description: 'Which season sells most for you? Plan offers, ads and newsletter together.' },
    upkeep: { title: 'Platform updates and bug fixes', description: 'Hours set aside through the year.' },
  },
  milestones: {
    'checkout-live': { title: 'New checkout live' },
    'season-start': { title: 'Season campaign starts' },
  },
};

export type OnlineShopWords = typeof onlineShopEn;
