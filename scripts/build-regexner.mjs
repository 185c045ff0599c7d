// Builds parley-nlp/src/main/resources/org/parley/nlp/parley-regexner.tsv, the curated CoreNLP
// regexner mapping: diplomatic titles (hand-written below) plus countries, demonyms and capitals
// generated from the npm package `world-countries` (mledoze/countries, ODbL-1.0), plus a
// hand-written list of major non-capital cities and common alternative country names.
//
// Usage: cd /tmp && npm install world-countries@5.1.0 && node <repo>/scripts/build-regexner.mjs /tmp/node_modules/world-countries
// Output columns (CoreNLP TokensRegexNER): pattern TAB type TAB overwritable-types TAB priority.
// Each pattern is a space-separated sequence of per-token Java regexes, written the way CoreNLP's
// English tokenizer splits the phrase (so "Washington, D.C." is "Washington , D\.C\.").
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = process.argv[2] ?? 'node_modules/world-countries';
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const countries = JSON.parse(readFileSync(join(pkgDir, 'countries.json'), 'utf8'));
const out = join(dirname(fileURLToPath(import.meta.url)), '..',
  'parley-nlp/src/main/resources/org/parley/nlp/parley-regexner.tsv');

const NAME_OVERWRITE = 'PERSON,LOCATION,ORGANIZATION,MISC';
// Cities never overwrite PERSON: capitals such as Victoria or Kingston are also people's names.
const CITY_OVERWRITE = 'LOCATION,ORGANIZATION,MISC,STATE_OR_PROVINCE';

// Territories that are reported on as countries; other dependencies (Jersey, Guam...) collide
// with place names inside larger entities and are left to the statistical tagger.
const EXTRA_TERRITORIES = new Set(['XK', 'PS', 'TW', 'HK', 'MO', 'EH', 'GL', 'PR']);

const EXTRA_COUNTRY_NAMES = [
  'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America', 'UK', 'U.K.', 'Britain',
  'Great Britain', 'Viet Nam', 'Socialist Republic of Viet Nam', 'Mainland China', 'PRC',
  'Republic of China', 'North Korea', 'DPRK', 'Democratic People\'s Republic of Korea', 'South Korea',
  'ROK', 'Republic of Korea', 'Russian Federation', 'Czechia', 'Czech Republic', 'Holland',
  'the Netherlands', 'Burma', 'Myanmar', 'East Timor', 'Timor-Leste', 'Ivory Coast', 'Cote d\'Ivoire',
  'Côte d\'Ivoire', 'Laos', 'Lao PDR', 'Swaziland', 'Eswatini', 'Cape Verde', 'Cabo Verde',
  'Vatican', 'Holy See', 'Macedonia', 'North Macedonia', 'Turkiye', 'Türkiye', 'Turkey', 'UAE',
  'Emirates', 'Persia', 'Syria', 'Iran', 'Palestine', 'Kosovo', 'Taiwan', 'Congo', 'DRC',
  'DR Congo', 'Democratic Republic of the Congo', 'Republic of the Congo', 'Bosnia',
  'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Micronesia', 'Gambia', 'The Gambia', 'Bahamas',
  'The Bahamas', 'Brunei Darussalam', 'Moldova', 'Republic of Moldova', 'Vatican City'];

const EXTRA_NATIONALITIES = ['U.S.', 'US', 'American', 'British', 'English', 'Scottish', 'Welsh',
  'Vietnamese', 'Chinese', 'Taiwanese', 'Korean', 'North Korean', 'South Korean', 'Russian',
  'Soviet', 'European', 'Asian', 'African', 'Arab', 'Latin American', 'Palestinian', 'Israeli',
  'Kosovar', 'Congolese', 'Emirati', 'Filipino', 'Philippine', 'Dutch', 'Czech', 'Lao', 'Laotian',
  'Burmese', 'Myanmar', 'Turkish', 'Iranian', 'Persian', 'Saudi', 'Kurdish', 'Tibetan', 'Uyghur',
  'Uighur', 'Hong Konger', 'Bosnian', 'Timorese', 'Ivorian', 'Swazi', 'Cape Verdean'];

// Major cities that are not national capitals but recur in international news.
const EXTRA_CITIES = ['Washington, D.C.', 'Washington D.C.', 'Washington DC', 'Washington, DC',
  'Ho Chi Minh City', 'Da Nang', 'Danang', 'Hai Phong', 'Haiphong', 'Ha Long', 'Halong', 'Hue',
  'Can Tho', 'Nha Trang', 'New York', 'New York City', 'Los Angeles', 'San Francisco', 'Chicago',
  'Houston', 'Boston', 'Miami', 'Seattle', 'Atlanta', 'Honolulu', 'Philadelphia', 'San Diego',
  'Toronto', 'Montreal', 'Vancouver', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland',
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Chongqing', 'Tianjin', 'Wuhan', 'Chengdu', 'Hangzhou',
  'Nanjing', 'Xiamen', 'Harbin', 'Busan', 'Incheon', 'Osaka', 'Kyoto', 'Yokohama', 'Hiroshima',
  'Nagasaki', 'Okinawa', 'Vladivostok', 'Saint Petersburg', 'St. Petersburg', 'Mumbai', 'Kolkata',
  'Chennai', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi', 'Lahore', 'Dubai', 'Jeddah', 'Mecca',
  'Istanbul', 'Tel Aviv', 'Gaza City', 'Aleppo', 'Mosul', 'Basra', 'Kandahar', 'Geneva', 'Zurich',
  'Davos', 'Munich', 'Frankfurt', 'Hamburg', 'Milan', 'Naples', 'Barcelona', 'Marseille', 'Lyon',
  'Strasbourg', 'Geneva', 'The Hague', 'Rotterdam', 'Antwerp', 'Kharkiv', 'Odesa', 'Odessa',
  'Lviv', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Johannesburg', 'Cape Town', 'Durban', 'Lagos',
  'Alexandria', 'Casablanca', 'Surabaya', 'Bali', 'Penang', 'Chiang Mai', 'Phuket', 'Cebu',
  'Siem Reap', 'Mandalay', 'Yangon', 'Rangoon', 'Almaty', 'Vientiane', 'Beijing', 'Hanoi',
  'Saigon', 'Peking', 'Bombay', 'Calcutta', 'Madras'];

// Titles of office; each is also emitted in lower case ("the foreign minister").
const TITLES = ['President', 'Vice President', 'Vice-President', 'State President',
  'Prime Minister', 'Deputy Prime Minister', 'Permanent Deputy Prime Minister', 'Premier',
  'Vice Premier', 'Chancellor', 'Vice Chancellor', 'Secretary of State', 'Deputy Secretary of State',
  'Under Secretary of State', 'Assistant Secretary of State', 'Under Secretary', 'Assistant Secretary',
  'Foreign Minister', 'Deputy Foreign Minister', 'Vice Foreign Minister', 'Foreign Secretary',
  'Foreign Affairs Minister', 'Minister of Foreign Affairs', 'Deputy Minister of Foreign Affairs',
  'Minister for Foreign Affairs', 'Minister of External Affairs', 'External Affairs Minister',
  'Defence Minister', 'Defense Minister', 'Minister of Defence', 'Minister of Defense',
  'Minister of National Defence', 'Minister of National Defense', 'Defence Secretary',
  'Defense Secretary', 'Secretary of Defense', 'Secretary of Defence', 'Interior Minister',
  'Minister of the Interior', 'Minister of Public Security', 'Home Secretary', 'Finance Minister',
  'Minister of Finance', 'Treasury Secretary', 'Secretary of the Treasury', 'Trade Minister',
  'Minister of Trade', 'Minister of Industry and Trade', 'Commerce Secretary', 'Secretary of Commerce',
  'Trade Representative', 'National Security Adviser', 'National Security Advisor', 'State Councillor',
  'State Councilor', 'General Secretary', 'Party General Secretary', 'Party Secretary',
  'Party Chief', 'Secretary-General', 'Secretary General', 'UN Secretary-General',
  'UN Secretary General', 'Deputy Secretary-General', 'Ambassador', 'Deputy Ambassador',
  'Ambassador-at-Large', 'Charge d\'Affaires', 'Chargé d\'Affaires', 'Consul General', 'Consul',
  'Envoy', 'Special Envoy', 'Special Representative', 'High Representative', 'High Commissioner',
  'Commissioner', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice Chairman',
  'Vice Chairwoman', 'National Assembly Chairman', 'Chairman of the National Assembly',
  'President of the National Assembly', 'Speaker', 'Speaker of the House', 'Senator', 'Congressman',
  'Congresswoman', 'Governor', 'Mayor', 'King', 'Queen', 'Crown Prince', 'Prince', 'Princess', 'Emir',
  'Sultan', 'Supreme Leader', 'Pope', 'Head of State', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Foreign Ministry Spokesperson', 'Foreign Ministry Spokesman', 'Minister', 'Deputy Minister',
  'Vice Minister', 'Director-General', 'Director General', 'Chief of Staff', 'Politburo member',
  'Politburo Member', 'Attorney General', 'Foreign Policy Chief', 'Chief Executive'];

const NON_LATIN = /[^\u0000-\u024F]/;

/** Splits a phrase the way CoreNLP's English tokenizer would, as token variants (hyphens differ). */
function tokenVariants(phrase) {
  const tokens = phrase.replace(/,/g, ' , ').replace(/'s\b/g, ' \'s').trim().split(/\s+/);
  const joined = tokens;
  const split = tokens.flatMap(t => (/^[^-]+(-[^-]+)+$/.test(t) ? t.split(/(-)/) : [t]));
  const variants = [joined];
  if (split.length !== joined.length) variants.push(split);
  return variants;
}

const escape = t => t.replace(/[.^$|?*+()[\]{}\\]/g, '\\$&');

const rows = new Map();
function add(phrase, type, overwrite, priority) {
  if (!phrase || NON_LATIN.test(phrase) || /[()]/.test(phrase)) return;
  for (const variant of tokenVariants(phrase)) {
    let tokens = variant.map(escape);
    // "D.C." loses its final period to the sentence when it ends one.
    if (variant[variant.length - 1] === 'D.C.') tokens[tokens.length - 1] = 'D\\.C\\.?';
    const pattern = tokens.join(' ');
    if (!rows.has(pattern)) rows.set(pattern, [pattern, type, overwrite, priority].join('\t'));
  }
}

// Hand-written entries first: where a phrase appears twice, the first type wins.
for (const t of TITLES) {
  add(t, 'TITLE', NAME_OVERWRITE, '2.0');
  // "chair" and "speaker" are mostly furniture and loudspeakers in lower case.
  if (t !== t.toLowerCase() && t !== 'Chair' && t !== 'Speaker') add(t.toLowerCase(), 'TITLE', NAME_OVERWRITE, '2.0');
}
for (const c of EXTRA_CITIES) add(c, 'CITY', CITY_OVERWRITE, '2.0');
for (const n of EXTRA_COUNTRY_NAMES) add(n, 'COUNTRY', NAME_OVERWRITE, '1.5');
for (const n of EXTRA_NATIONALITIES) add(n, 'NATIONALITY', NAME_OVERWRITE, '1.0');

const kept = countries.filter(c => c.independent || EXTRA_TERRITORIES.has(c.cca2));
const countryNames = new Set();
for (const c of kept) {
  const names = [c.name.common, c.name.official,
    ...c.altSpellings.filter(a => a.length > 3 && /^[A-Z]/.test(a) && !a.includes(','))];
  for (const n of names) { countryNames.add(n); add(n, 'COUNTRY', NAME_OVERWRITE, '1.5'); }
}
for (const c of kept) {
  const d = c.demonyms?.eng;
  if (d) for (const n of new Set([d.m, d.f])) add(n, 'NATIONALITY', NAME_OVERWRITE, '1.0');
}
for (const c of kept) {
  for (const cap of c.capital ?? []) {
    if (countryNames.has(cap)) continue; // Singapore, Kuwait... stay countries
    add(cap, 'CITY', CITY_OVERWRITE, '1.0');
  }
}

const header = [
  '# Parley curated regexner mapping (CoreNLP TokensRegexNER format: pattern, type, overwritable types, priority).',
  '# parley-regexner.tsv is generated by scripts/build-regexner.mjs; edit the script, not the list.',
  `# Countries, demonyms and capitals derived from world-countries ${pkg.version} (mledoze/countries),`,
  '# made available under the Open Database License (ODbL-1.0): https://opendatacommons.org/licenses/odbl/1.0/',
  '# Titles, extra cities and alternative names are written by the Parley authors (GPL-3.0-or-later).',
];
// CoreNLP's mapping reader accepts no comment lines, so the attribution goes beside the list.
writeFileSync(out, [...rows.values()].join('\n') + '\n');
writeFileSync(out.replace(/\.tsv$/, '.NOTICE'), header.join('\n') + '\n');
console.log(`wrote ${rows.size} patterns to ${out}`);
