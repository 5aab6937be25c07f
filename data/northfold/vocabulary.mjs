// Northfold's vocabulary: invented places, name templates per organisation type and sector, themes.
// Every name includes an invented place, so no generated organisation is a real one.

/** The districts of the imaginary county; `weight` is their relative population. */
export const DISTRICTS = [
  { name: 'Kelbridge', weight: 3, towns: ['Kelbridge', 'Kelgate', 'Kelbridge Riverside'] },
  { name: 'Ashby Vale', weight: 2, towns: ['Ashby Market', 'Vale Cross', 'Lowby'] },
  { name: 'Harrowmere', weight: 2, towns: ['Harrowmere', 'Tarnside', 'Oxley Bridge'] },
  { name: 'Brackenmoor', weight: 1.5, towns: ['Brackenmoor', 'High Cleugh', 'Moorend'] },
  { name: 'Saltcote', weight: 1.5, towns: ['Saltcote', 'Saltcote Harbour', 'Wherry Point'] },
  { name: 'Fellmouth', weight: 1, towns: ['Fellmouth', 'Caddon Fell', 'Ravensby'] },
];

export const SECTORS = [
  'health', 'social care', 'housing', 'libraries', 'transport',
  'children', 'employment', 'community safety', 'digital',
];

/** Councils, funders, universities and general network bodies work across sectors. */
export const CROSS_SECTOR = 'cross-sector';

/** Themes each sector's organisations tend to work on (first ones most often). */
export const THEMES_BY_SECTOR = {
  'health': ['social prescribing', 'co-production', 'integrated care', 'peer support'],
  'social care': ['personal budgets', 'co-production', 'integrated care', 'time banking', 'mutualisation'],
  'housing': ['community hubs', 'demand management', 'asset transfer', 'co-production'],
  'libraries': ['community hubs', 'digital inclusion', 'asset transfer', 'shared services'],
  'transport': ['demand responsive transport', 'shared services', 'demand management'],
  'children': ['early help', 'co-production', 'demand management', 'family group conferencing'],
  'employment': ['supported employment', 'social value', 'digital inclusion', 'co-production'],
  'community safety': ['restorative justice', 'early help', 'participatory budgeting', 'demand management'],
  'digital': ['digital inclusion', 'open data', 'shared services'],
  'cross-sector': ['shared services', 'participatory budgeting', 'demand management', 'co-production'],
};

/** How many organisations of each type are generated beside the hand-written cast. */
export const GENERATED_COUNTS = {
  charity: 128, social_enterprise: 52, mutual: 29, user_led: 26, other: 12, private: 8,
};

/** Relative likelihood of each sector per type. */
export const SECTOR_WEIGHTS = {
  charity: { 'health': 2, 'social care': 2, 'housing': 1.5, 'libraries': 0.8, 'transport': 0.7, 'children': 1.8, 'employment': 1, 'community safety': 1, 'digital': 0.8 },
  mutual: { 'health': 1.5, 'social care': 2, 'housing': 0.6, 'libraries': 1, 'transport': 0.5, 'children': 1, 'employment': 1, 'community safety': 0.4, 'digital': 0.5 },
  user_led: { 'health': 2, 'social care': 3, 'housing': 0.6, 'libraries': 0.2, 'transport': 0.5, 'children': 0.8, 'employment': 0.6, 'community safety': 0.3, 'digital': 0.3 },
  social_enterprise: { 'health': 1, 'social care': 1.2, 'housing': 1, 'libraries': 0.6, 'transport': 0.8, 'children': 1, 'employment': 1.4, 'community safety': 0.6, 'digital': 1 },
  private: { 'health': 1, 'social care': 2, 'housing': 1, 'transport': 1, 'digital': 1 },
  other: { 'health': 1, 'social care': 1, 'housing': 2, 'children': 1, 'employment': 0.5, 'community safety': 1 },
};

/** Founding years (inclusive range) and staff (median, spread) per type. */
export const PROFILE = {
  charity: { founded: [1948, 2013], staff: [8, 1.2] },
  mutual: { founded: [2011, 2015], staff: [120, 0.9] },
  user_led: { founded: [1984, 2014], staff: [3, 1.0] },
  social_enterprise: { founded: [1998, 2015], staff: [12, 1.0] },
  private: { founded: [1985, 2012], staff: [90, 1.0] },
  other: { founded: [1890, 2008], staff: [4, 1.2] },
};

// `{p}` is a district or town. A few names carry commas or quotes, as real registers do.
export const NAME_TEMPLATES = {
  charity: {
    'health': ['{p} Carers Centre', '{p} Hospice at Home', '{p} Stroke Club', '{p} Memory Cafe', 'Friends of {p} Community Hospital', '{p} Lung Support Group', '{p} Healthy Minds', '{p} Cancer Support Group'],
    'social care': ['{p} Good Neighbours', '{p} Home from Hospital', "{p} Older People's Association", "{p} Carers' Group", '{p} Day Centre Trust', '{p} Befriending Service', '{p} Lunch Club', '{p} Handyperson Scheme', '{p} Carers, Families and Friends'],
    'housing': ['{p} Homeless Trust', '{p} Foyer', '{p} Tenancy Support Project', '{p} Night Shelter', '{p} Housing Advice Centre', "{p} Women's Housing Project", '{p} Almshouse Charity'],
    'libraries': ['Friends of {p} Library', '{p} Reading Partnership', '{p} Community Library Trust', '{p} Heritage and Archives Trust', '{p} Storytelling Project', '{p} Adult Literacy Project'],
    'transport': ['{p} Dial-a-Ride', '{p} Community Car Scheme', '{p} Rural Wheels', '{p} Shopmobility', '{p} Volunteer Drivers'],
    'children': ['{p} Family Centre', "{p} Young People's Trust", '{p} Play Association', '{p} Young Carers', '{p} Youth Club', '{p} Parents Together', '{p} Family Friends', '{p} Toy Library', 'The "Open Door" Project {p}'],
    'employment': ['{p} Skills Trust', '{p} Back to Work Project', '{p} Volunteer Centre', '{p} Job Club', '{p} Women into Work', 'Advice, Rights and Money {p}'],
    'community safety': ["{p} Women's Refuge", '{p} Safer Streets Trust', '{p} Restorative Justice Project', '{p} Night Guardians', '{p} Domestic Abuse Service', '{p} Community Wardens Trust', '{p} Youth Diversion Project'],
    'digital': ['{p} Digital Champions', '{p} Computer Club', '{p} Silver Surfers', '{p} Get Online Project', '{p} Community Tech Hub'],
  },
  user_led: {
    'health': ['{p} Mental Health Service User Network', '{p} Hearing Voices Group', '{p} Deaf Community Association', '{p} Blind and Partially Sighted Society', "{p} Patients' Panel"],
    'social care': ['Disabled People Together {p}', '{p} Centre for Independent Living', '{p} Disability Forum', '{p} Self-Advocates', "{p} Carers' Voice", "{p} Older People's Forum"],
    'housing': ["{p} Tenants' Voice", "{p} Disabled Tenants' Panel"],
    'libraries': ['{p} Talking Newspaper'],
    'transport': ["{p} Accessible Transport Users' Group"],
    'children': ['{p} Parent Carers Forum', "{p} Young Disabled People's Voice"],
    'employment': ["{p} Disabled Workers' Network", '{p} Supported Employment Members'],
    'community safety': ['{p} Hate Crime Reporting Panel'],
    'digital': ['{p} Accessible Tech Users'],
  },
  mutual: {
    'health': ['{p} Community Health CIC', '{p} Therapies Mutual', '{p} Wellbeing Mutual', '{p} School Nursing Mutual'],
    'social care': ['{p} Mutual Care', '{p} Care Cooperative', '{p} Enablement Services', '{p} Shared Lives Mutual', '{p} Day Services Mutual'],
    'housing': ['{p} Housing Support Mutual', '{p} Building Services Mutual'],
    'libraries': ['{p} Libraries Mutual', '{p} Library and Culture Trust'],
    'transport': ['{p} Community Transport Mutual', '{p} Fleet Services Mutual'],
    'children': ['{p} Youth Mutual', '{p} Family Support Mutual', "{p} Children's Centres Cooperative"],
    'employment': ['{p} Works', '{p} Employment Mutual', '{p} Careers Mutual'],
    'community safety': ['{p} Youth Justice Mutual', '{p} Community Wardens Mutual'],
    'digital': ['{p} Digital Services Mutual', '{p} ICT Cooperative'],
  },
  social_enterprise: {
    'health': ['{p} Social Prescribing CIC', '{p} Healthy Food Hub', '{p} Outdoor Health CIC', '{p} Community Dental CIC'],
    'social care': ['{p} Home Support CIC', '{p} Community Cafe CIC', '{p} Care Agency CIC', '{p} Time Bank'],
    'housing': ['{p} Furniture Reuse', '{p} Empty Homes CIC', '{p} Self-Build Cooperative', '{p} Community Land Trust'],
    'libraries': ['{p} Bookshop CIC', '{p} Makerspace CIC'],
    'transport': ['{p} Bike Works', '{p} Green Transport CIC', '{p} Community Bus CIC'],
    'children': ['{p} Forest School CIC', '{p} Childcare Cooperative', '{p} Youth Enterprise CIC'],
    'employment': ['{p} Print Works', '{p} Employment Academy', '{p} Catering Training CIC', '{p} Repair Shop'],
    'community safety': ['{p} Mediation CIC', '{p} Safer Nights CIC'],
    'digital': ['{p} Digital Skills CIC', '{p} Web Cooperative', '{p} Open Data CIC', '{p} Tech Recycling CIC'],
  },
  private: {
    'health': ['{p} Pharmacy Group'],
    'social care': ['{p} Care Homes Ltd', '{p} Homecare Services Ltd'],
    'housing': ['{p} Property Services Ltd'],
    'transport': ['{p} Coaches Ltd'],
    'digital': ['{p} Software Ltd', '{p} IT Solutions Ltd'],
  },
  other: {
    'health': ['{p} Medical Practice'],
    'social care': ["St Aldric's Church {p}", '{p} Methodist Circuit'],
    'housing': ['{p} Housing Association', "{p} Residents' Association", "{p} Tenants' Federation"],
    'children': ['{p} Sports Club', '{p} Scout and Guide Hut Trust'],
    'employment': ['{p} Chamber of Trade'],
    'community safety': ["{p} Residents' Watch"],
  },
};
