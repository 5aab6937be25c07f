// The hand-written cast of Northfold: brokers (councils, network bodies, funders, universities, government)
// and the planted pioneers whose place in the network is promised in README.md. Everyone else is generated.

// Kinds of flow a broker starts, with relative likelihoods.
const CONVENER = { event: 5, shared_practice: 3, peer_support: 2 };
const COUNCIL = { partnership: 5, funding: 2.5, shared_practice: 2, secondment: 1 };
const FUNDER = { funding: 9, event: 1 };
const UNIVERSITY = { partnership: 4, shared_practice: 3, event: 2, secondment: 1 };
const AGENCY = { partnership: 5, funding: 2, shared_practice: 2, event: 1 };

// Which types each broker seeks out (types left out are never chosen).
const ALL_LOCAL = { charity: 1, user_led: 1, social_enterprise: 1, mutual: 1.5, other: 0.5, private: 0.4 };
const STATUTORY = { council: 4, government: 2, network_body: 1 };

/** Brokers: `k` ties to organisations chosen by type, sector, region (boost) and pioneer status. */
export const BROKERS = [
  // Councils: the county and the city reach across sectors; districts mostly within their own area.
  { label: 'Northfold County Council', type: 'council', region: 'Northfold', founded: 1974, staff: 9800, themes: 'shared services;demand management',
    k: 34, prefer: { ...ALL_LOCAL, mutual: 3, council: 6, government: 4, network_body: 3, university: 2 }, kinds: COUNCIL },
  { label: 'Kelbridge City Council', type: 'council', region: 'Kelbridge', founded: 1974, staff: 6200, pioneer: true,
    themes: 'participatory budgeting;co-production;community hubs',
    k: 28, regionBoost: 6, prefer: { ...ALL_LOCAL, council: 3, government: 2, network_body: 3, university: 3 }, kinds: COUNCIL },
  { label: 'Ashby Vale District Council', type: 'council', region: 'Ashby Vale', founded: 1974, staff: 820, pioneer: true,
    themes: 'demand management;shared services', k: 14, regionBoost: 12, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: COUNCIL },
  { label: 'Harrowmere Borough Council', type: 'council', region: 'Harrowmere', founded: 1974, staff: 1100, themes: 'shared services',
    k: 14, regionBoost: 12, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: COUNCIL },
  { label: 'Brackenmoor District Council', type: 'council', region: 'Brackenmoor', founded: 1974, staff: 640, themes: '',
    k: 11, regionBoost: 12, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: COUNCIL },
  { label: 'Saltcote Borough Council', type: 'council', region: 'Saltcote', founded: 1974, staff: 710, themes: 'asset transfer',
    k: 11, regionBoost: 12, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: COUNCIL },
  { label: 'Fellmouth District Council', type: 'council', region: 'Fellmouth', founded: 1974, staff: 380, themes: '',
    k: 9, regionBoost: 12, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: COUNCIL },
  { label: 'Ashby Market Town Council', type: 'council', region: 'Ashby Vale', founded: 1974, staff: 9, themes: 'community hubs',
    k: 4, regionBoost: 30, prefer: ALL_LOCAL, kinds: COUNCIL },
  { label: 'Oxley Bridge Town Council', type: 'council', region: 'Harrowmere', founded: 1974, staff: 6, themes: '',
    k: 4, regionBoost: 30, prefer: ALL_LOCAL, kinds: COUNCIL },
  { label: 'Caddon Fell Parish Council', type: 'council', region: 'Fellmouth', founded: 1974, staff: 1, themes: '',
    k: 3, regionBoost: 30, prefer: ALL_LOCAL, kinds: COUNCIL },
  { label: 'Kelgate Neighbourhood Council', type: 'council', region: 'Kelbridge', founded: 2012, staff: 3, themes: 'participatory budgeting',
    k: 4, regionBoost: 30, prefer: ALL_LOCAL, kinds: COUNCIL },
  { label: 'Saltcote Harbour Town Council', type: 'council', region: 'Saltcote', founded: 1974, staff: 5, themes: '',
    k: 4, regionBoost: 30, prefer: ALL_LOCAL, kinds: COUNCIL },

  // Government bodies: hubs of their own sector, tied to the councils.
  { label: 'Northfold Clinical Commissioning Group', type: 'government', sector: 'health', region: 'Northfold', founded: 2013, staff: 180,
    themes: 'integrated care;social prescribing', k: 18, sectors: ['health', 'social care'], prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: AGENCY },
  { label: 'Office of the Northfold Police and Crime Commissioner', type: 'government', sector: 'community safety', region: 'Northfold',
    founded: 2012, staff: 25, themes: 'restorative justice', k: 12, sectors: ['community safety', 'children'], prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: AGENCY },
  { label: 'Northfold Fire and Rescue Service', type: 'government', sector: 'community safety', region: 'Northfold', founded: 1948, staff: 900,
    themes: 'demand management', k: 8, sectors: ['community safety', 'social care'], prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: AGENCY },
  { label: 'Northfold Jobcentre District', type: 'government', sector: 'employment', region: 'Northfold', founded: 2002, staff: 450,
    themes: '', k: 12, sectors: ['employment'], prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: AGENCY },
  { label: 'Northfold Local Enterprise Partnership', type: 'government', sector: 'employment', region: 'Northfold', founded: 2011, staff: 14,
    themes: 'social value', k: 10, sectors: ['employment', 'digital', 'transport'], prefer: { ...ALL_LOCAL, ...STATUTORY, university: 3 }, kinds: AGENCY },
  { label: 'Northfold Integrated Transport Authority', type: 'government', sector: 'transport', region: 'Northfold', founded: 1986, staff: 120,
    themes: 'demand responsive transport', k: 10, sectors: ['transport'], prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: AGENCY },

  // Universities: cross-sector research partners.
  { label: 'University of Northfold', type: 'university', region: 'Kelbridge', founded: 1965, staff: 3400, themes: 'co-production;open data',
    k: 24, prefer: { ...ALL_LOCAL, ...STATUTORY, council: 3, government: 3, network_body: 2 }, kinds: UNIVERSITY, events: ['Public Service Innovation Lecture'] },
  { label: 'Kelbridge Metropolitan University', type: 'university', region: 'Kelbridge', founded: 1992, staff: 2100, themes: 'digital inclusion',
    k: 14, regionBoost: 3, prefer: { ...ALL_LOCAL, ...STATUTORY }, kinds: UNIVERSITY, events: ['Kelbridge Social Research Seminar'] },
  { label: 'Harrowmere University Centre', type: 'university', region: 'Harrowmere', founded: 2008, staff: 160, themes: '',
    k: 6, regionBoost: 8, prefer: ALL_LOCAL, kinds: UNIVERSITY },

  // Funders: grants to charities, user-led organisations, social enterprises and mutuals.
  { label: 'Northfold Community Foundation', type: 'funder', region: 'Northfold', founded: 1996, staff: 12, themes: '',
    k: 32, prefer: { charity: 3, user_led: 3, social_enterprise: 2, mutual: 1, other: 0.5, network_body: 2 }, kinds: FUNDER,
    events: ['Northfold Community Foundation Grantees Day'], grants: 'Northfold Community Foundation Small Grants' },
  { label: 'Kelbridge Civic Trust', type: 'funder', region: 'Kelbridge', founded: 1921, staff: 3, themes: '',
    k: 12, regionBoost: 12, prefer: { charity: 3, user_led: 2, social_enterprise: 1 }, kinds: FUNDER },
  { label: 'Harrowmere Ironworks Fund', type: 'funder', region: 'Harrowmere', founded: 1889, staff: 2, themes: '',
    k: 9, regionBoost: 15, prefer: { charity: 3, user_led: 2, social_enterprise: 1 }, kinds: FUNDER },
  { label: 'Saltcote Harbour Trust', type: 'funder', region: 'Saltcote', founded: 1903, staff: 2, themes: '',
    k: 7, regionBoost: 15, prefer: { charity: 3, user_led: 1, social_enterprise: 1 }, kinds: FUNDER },
  { label: "Brackenmoor Miners' Welfare Fund", type: 'funder', region: 'Brackenmoor', founded: 1952, staff: 1, themes: '',
    k: 7, regionBoost: 15, sectors: ['health', 'social care'], prefer: { charity: 3, user_led: 2 }, kinds: FUNDER },
  { label: 'The Fellmouth Foundation', type: 'funder', region: 'Fellmouth', founded: 2001, staff: 2, themes: '',
    k: 6, regionBoost: 15, prefer: { charity: 3, user_led: 1, social_enterprise: 1 }, kinds: FUNDER },
  { label: 'Northfold Social Investment Fund', type: 'funder', region: 'Northfold', founded: 2012, staff: 6, themes: 'mutualisation',
    k: 12, prefer: { mutual: 6, social_enterprise: 6 }, kinds: FUNDER, grants: 'Spin-out Readiness Fund' },

  // Network bodies: the conveners. The first six work across sectors, the rest inside one.
  { label: 'Northfold Innovation Network', type: 'network_body', region: 'Northfold', founded: 2004, staff: 9,
    themes: 'shared services;demand management;co-production', k: 40,
    prefer: { ...ALL_LOCAL, mutual: 2, council: 8, government: 4, university: 4, network_body: 3 }, kinds: CONVENER,
    events: ['Northfold Innovation Awards', 'Local reThink session'] },
  { label: 'Northfold Voluntary Action', type: 'network_body', region: 'Northfold', founded: 1979, staff: 22, themes: '',
    k: 36, prefer: { charity: 3, user_led: 2, social_enterprise: 1.5, network_body: 3, funder: 3, council: 2 }, kinds: CONVENER,
    events: ['Northfold Voluntary Sector Assembly'] },
  { label: 'Kelbridge Council for Voluntary Service', type: 'network_body', region: 'Kelbridge', founded: 1968, staff: 14, themes: '',
    k: 20, regionBoost: 12, prefer: { charity: 3, user_led: 2, social_enterprise: 1.5, council: 1, funder: 1 }, kinds: CONVENER,
    events: ['Kelbridge Voluntary Sector Forum'] },
  { label: 'Harrowmere Voluntary Action', type: 'network_body', region: 'Harrowmere', founded: 1975, staff: 6, themes: '',
    k: 13, regionBoost: 12, prefer: { charity: 3, user_led: 2, social_enterprise: 1.5, council: 1 }, kinds: CONVENER },
  { label: 'Northfold Mutuals Peer Network', type: 'network_body', region: 'Northfold', founded: 2012, staff: 2, themes: 'mutualisation',
    k: 20, prefer: { mutual: 12, council: 2, funder: 2 }, kinds: { peer_support: 6, event: 3, shared_practice: 2 },
    events: ['Mutuals Peer Learning Day'] },
  { label: 'Northfold Social Enterprise Network', type: 'network_body', region: 'Northfold', founded: 2006, staff: 3, themes: 'social value',
    k: 18, prefer: { social_enterprise: 10, mutual: 2, funder: 1 }, kinds: CONVENER, events: ['Northfold Social Enterprise Festival'] },
  { label: "Northfold Disabled People's Alliance", type: 'network_body', sector: 'social care', region: 'Northfold', founded: 1998, staff: 4,
    themes: 'co-production;personal budgets', k: 16, prefer: { user_led: 12, charity: 0.5 }, kinds: { peer_support: 5, event: 3, shared_practice: 2 },
    events: ['Northfold User-Led Organisations Programme'] },
  { label: 'Northfold Health and Wellbeing Forum', type: 'network_body', sector: 'health', region: 'Northfold', founded: 2010, staff: 2,
    themes: 'social prescribing', k: 14, sectors: ['health'], prefer: ALL_LOCAL, kinds: CONVENER },
  { label: 'Northfold Digital Inclusion Network', type: 'network_body', sector: 'digital', region: 'Northfold', founded: 2009, staff: 1,
    themes: 'digital inclusion', k: 12, sectors: ['digital', 'libraries'], prefer: ALL_LOCAL, kinds: CONVENER },
  { label: 'Northfold Libraries Network', type: 'network_body', sector: 'libraries', region: 'Northfold', founded: 1990, staff: 1,
    themes: 'community hubs', k: 10, sectors: ['libraries'], prefer: ALL_LOCAL, kinds: CONVENER },
  { label: 'Northfold Children and Families Partnership', type: 'network_body', sector: 'children', region: 'Northfold', founded: 2005, staff: 5,
    themes: 'early help', k: 14, sectors: ['children'], prefer: ALL_LOCAL, kinds: CONVENER },
  { label: 'Northfold Housing Forum', type: 'network_body', sector: 'housing', region: 'Northfold', founded: 1999, staff: 1,
    themes: 'community hubs', k: 12, sectors: ['housing'], prefer: ALL_LOCAL, kinds: CONVENER },
];

/** Well-connected pioneers: each shares a theme with one of the cut-off pioneers below. */
export const CONNECTED_PIONEERS = [
  { label: 'Ashby Vale Mutual Care', type: 'mutual', sector: 'social care', region: 'Ashby Vale', founded: 2012, staff: 340,
    themes: 'mutualisation;personal budgets;co-production' },
  { label: 'Disabled People Together Kelbridge', type: 'user_led', sector: 'social care', region: 'Kelbridge', founded: 1994, staff: 11,
    themes: 'co-production;personal budgets' },
  { label: 'Kelbridge Social Prescribing Partnership', type: 'charity', sector: 'health', region: 'Kelbridge', founded: 2009, staff: 18,
    themes: 'social prescribing;co-production' },
  { label: 'Kelbridge Libraries Mutual', type: 'mutual', sector: 'libraries', region: 'Kelbridge', founded: 2014, staff: 95,
    themes: 'mutualisation;community hubs;digital inclusion' },
  { label: 'Kelgate Community Transport', type: 'social_enterprise', sector: 'transport', region: 'Kelbridge', founded: 2004, staff: 30,
    themes: 'demand responsive transport;mutualisation' },
];

/**
 * Weakly connected pioneers: 1-2 ties, all to small organisations of their own sector (`via`),
 * which in turn know one ordinary organisation each; no broker within two introductions.
 */
export const CUT_OFF_PIONEERS = [
  { label: 'Ravensby Shared Lives Mutual', type: 'mutual', sector: 'social care', region: 'Fellmouth', founded: 2014, staff: 14,
    themes: 'mutualisation;personal budgets', via: ['Ravensby Good Neighbours'] },
  { label: 'Disabled People Together Saltcote', type: 'user_led', sector: 'social care', region: 'Saltcote', founded: 2011, staff: 2,
    themes: 'co-production;personal budgets', via: ["Wherry Point Carers' Group", 'Saltcote Home from Hospital'] },
  { label: 'Moorend Social Prescribing CIC', type: 'social_enterprise', sector: 'health', region: 'Brackenmoor', founded: 2013, staff: 4,
    themes: 'social prescribing;co-production', via: ['Moorend Health Walks'] },
  { label: 'Wherry Point Digital Champions', type: 'charity', sector: 'digital', region: 'Saltcote', founded: 2012, staff: 1,
    themes: 'digital inclusion;community hubs', via: ['Saltcote Harbour Computer Club', 'Wherry Point Silver Surfers'] },
];

/** The small organisations the cut-off pioneers know (same sector and district as their pioneer). */
export const GO_BETWEENS = [
  { label: 'Ravensby Good Neighbours', type: 'charity', founded: 1987, staff: 0, themes: '' },
  { label: "Wherry Point Carers' Group", type: 'charity', founded: 2001, staff: 1, themes: '' },
  { label: 'Saltcote Home from Hospital', type: 'charity', founded: 1996, staff: 6, themes: 'integrated care' },
  { label: 'Moorend Health Walks', type: 'charity', founded: 2008, staff: 0, themes: '' },
  { label: 'Saltcote Harbour Computer Club', type: 'charity', founded: 1999, staff: 0, themes: '' },
  { label: 'Wherry Point Silver Surfers', type: 'charity', founded: 2010, staff: 0, themes: 'digital inclusion' },
];

/** The two organisations outside the main component: they know only each other. */
export const OUTSIDE_PAIR = [
  { label: 'Tarnside Community Transport Mutual', type: 'mutual', sector: 'transport', region: 'Harrowmere', founded: 2013, staff: 22,
    pioneer: true, themes: 'mutualisation;demand responsive transport' },
  { label: "Tarnside Accessible Transport Users' Group", type: 'user_led', sector: 'transport', region: 'Harrowmere', founded: 2003, staff: 0,
    themes: '' },
];
