import type { Locale } from '../shared/plan-values.js';

/*
 * The starting plans a new plan can be made from, named and described in each language. Kept
 * apart from their content so that a list of them costs nothing to show.
 */

export const TEMPLATE_IDS = ['online-shop', 'local-services', 'b2b-leads', 'membership'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateCatalogueEntry {
  id: TemplateId;
  name: string;
  /** One line: who the starting plan is for. */
  description: string;
}

type Words = Record<TemplateId, { name: string; description: string }>;

const CATALOGUE: Record<Locale, Words> = {
  en: {
    'online-shop': { name: 'Online shop', description: 'A webshop that wants more visitors, more orders and more customers who come back.' },
    'local-services': {
      name: 'Local services, several locations',
      description: 'A chain of shops, workshops or clinics that wants to be found locally and booked online.',
    },
    'b2b-leads': { name: 'B2B lead generation', description: 'A business that sells to businesses and wants more qualified leads for sales.' },
    membership: { name: 'Membership organisation or non-profit', description: 'An organisation that wants new members, members who stay, and support for its cause.' },
  },
  nb: {
    'online-shop': { name: 'Nettbutikk', description: 'En nettbutikk som vil ha flere besøk, flere ordrer og flere kunder som kommer tilbake.' },
    'local-services': {
      name: 'Lokale tjenester, flere avdelinger',
      description: 'En kjede av butikker, verksteder eller klinikker som vil bli funnet lokalt og booket på nett.',
    },
    'b2b-leads': { name: 'B2B – leads til salg', description: 'En bedrift som selger til bedrifter og vil gi salg flere kvalifiserte leads.' },
    membership: { name: 'Medlemsorganisasjon eller ideell organisasjon', description: 'En organisasjon som vil ha nye medlemmer, medlemmer som blir, og støtte til saken sin.' },
  },
  sv: {
    'online-shop': { name: 'E-handel', description: 'En webbutik som vill ha fler besök, fler ordrar och fler kunder som kommer tillbaka.' },
    'local-services': {
      name: 'Lokala tjänster, flera orter',
      description: 'En kedja av butiker, verkstäder eller kliniker som vill synas lokalt och bokas online.',
    },
    'b2b-leads': { name: 'B2B – leads till sälj', description: 'Ett företag som säljer till företag och vill ge sälj fler kvalificerade leads.' },
    membership: { name: 'Medlemsorganisation eller ideell förening', description: 'En organisation som vill ha nya medlemmar, medlemmar som stannar och stöd för sin sak.' },
  },
  da: {
    'online-shop': { name: 'Webshop', description: 'En webshop, der vil have flere besøg, flere ordrer og flere kunder, der kommer igen.' },
    'local-services': {
      name: 'Lokale services, flere afdelinger',
      description: 'En kæde af butikker, værksteder eller klinikker, der vil findes lokalt og bookes online.',
    },
    'b2b-leads': { name: 'B2B – leads til salg', description: 'En virksomhed, der sælger til virksomheder og vil give salg flere kvalificerede leads.' },
    membership: { name: 'Medlemsorganisation eller nonprofit', description: 'En organisation, der vil have nye medlemmer, medlemmer der bliver, og opbakning til sin sag.' },
  },
};

/** The starting plans in the order a new-plan dialog offers them, in the given language. */
export function templateCatalogue(locale: Locale): TemplateCatalogueEntry[] {
  return TEMPLATE_IDS.map((id) => ({ id, ...CATALOGUE[locale][id] }));
}

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}
