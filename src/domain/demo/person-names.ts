import type { DemoLanguage, Region } from './demo-catalog.js';
import type { Random } from './random.js';

/** Name pools per origin, so a contact in Stockholm is not called Jürgen (unless German-speaking). */
type NamePool = { first: readonly string[]; last: readonly string[] };

const GERMAN: NamePool = {
  first: [
    'Anna', 'Lena', 'Julia', 'Katrin', 'Sabine', 'Petra', 'Miriam', 'Sophie', 'Laura', 'Hannah', 'Claudia', 'Jana',
    'Franziska', 'Birgit', 'Nicole', 'Stefanie', 'Ute', 'Carina', 'Theresa', 'Lea', 'Jürgen', 'Thomas', 'Michael',
    'Andreas', 'Stefan', 'Markus', 'Tobias', 'Florian', 'Matthias', 'Sebastian', 'Jörg', 'Uwe', 'Lukas', 'Jonas',
    'Felix', 'Maximilian', 'Daniel', 'Christian', 'Martin', 'Ralf', 'Dirk', 'Björn', 'Simon', 'Fabian', 'Philipp',
  ],
  last: [
    'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
    'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun',
    'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Huber', 'Gruber',
    'Steiner', 'Moser', 'Brunner', 'Keller', 'Frei', 'Baumann', 'Vogel', 'Roth', 'Graf', 'Weiß', 'Kaiser', 'Fuchs',
  ],
};

const BRITISH_IRISH: NamePool = {
  first: [
    'Oliver', 'George', 'Harry', 'Jack', 'James', 'William', 'Thomas', 'Charlie', 'Daniel', 'Sean', 'Liam', 'Conor',
    'Ciaran', 'Aoife', 'Siobhan', 'Niamh', 'Emily', 'Olivia', 'Amelia', 'Isla', 'Sophie', 'Charlotte', 'Grace',
    'Hannah', 'Lucy', 'Rebecca', 'Rachel', 'Fiona', 'Eleanor', 'Matthew',
  ],
  last: [
    'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson',
    'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Murphy', "O'Brien", 'Kelly', 'Byrne', 'Ryan',
    'Walsh', "O'Sullivan", 'McCarthy', 'Doyle', 'Clarke', 'Hughes', 'Edwards',
  ],
};

const NORDIC: NamePool = {
  first: [
    'Lars', 'Anders', 'Erik', 'Johan', 'Magnus', 'Henrik', 'Mikael', 'Jonas', 'Oskar', 'Nils', 'Mikko', 'Jukka',
    'Ingrid', 'Astrid', 'Sofia', 'Elin', 'Maja', 'Freja', 'Karin', 'Sanna', 'Linnea', 'Emma', 'Ida', 'Sigrid', 'Aino',
  ],
  last: [
    'Johansson', 'Andersson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsen', 'Hansen', 'Johansen', 'Nielsen',
    'Jensen', 'Pedersen', 'Christensen', 'Berg', 'Lindqvist', 'Lindberg', 'Virtanen', 'Korhonen', 'Mäkinen', 'Haugen',
    'Dahl', 'Holm', 'Sørensen', 'Lund', 'Bakken',
  ],
};

const AMERICAN: NamePool = {
  first: [
    'Michael', 'Jennifer', 'David', 'Jessica', 'Chris', 'Ashley', 'Brian', 'Sarah', 'Kevin', 'Megan', 'Ryan',
    'Lauren', 'Jason', 'Amanda', 'Tyler', 'Brittany', 'Justin', 'Nicole', 'Eric', 'Stephanie', 'Andrew', 'Rachel',
    'Mark', 'Emily', 'Carlos', 'Maria', 'Priya', 'Raj', 'Wei', 'Mei',
  ],
  last: [
    'Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Thomas', 'Jackson', 'Harris',
    'Martin', 'Lee', 'Perez', 'Thompson', 'Moore', 'Young', 'Allen', 'King', 'Scott', 'Nguyen', 'Hill', 'Adams',
    'Baker', 'Nelson', 'Carter', 'Mitchell', 'Campbell', 'Patel', 'Chen', 'Turner',
  ],
};

export function namePool(region: Region, language: DemoLanguage): NamePool {
  if (language === 'de') return GERMAN;
  if (region === 'Nordics') return NORDIC;
  if (region === 'North America') return AMERICAN;
  if (region === 'UK & Ireland') return BRITISH_IRISH;
  return AMERICAN;
}

export function personName(rng: Random, region: Region, language: DemoLanguage): { first: string; last: string } {
  const pool = namePool(region, language);
  return { first: rng.pick(pool.first), last: rng.pick(pool.last) };
}

/** ASCII for e-mail local parts: umlauts spelled out the German way, other marks dropped. */
export function emailLocalPart(first: string, last: string): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '');
  return `${ascii(first)}.${ascii(last)}`;
}

const COMPANY_STEMS_DE = [
  'Nordlicht', 'Alpen', 'Rhein', 'Isar', 'Elbe', 'Hanse', 'Bergwerk', 'Lindenhof', 'Sonnental', 'Weitblick',
  'Kranich', 'Eichen', 'Mainufer', 'Seeblick', 'Donau', 'Falken', 'Kompass', 'Tannen', 'Brückner', 'Feldmann',
];
const COMPANY_TRADES_DE = ['Logistik', 'Handel', 'Software', 'Maschinenbau', 'Medien', 'Versand', 'Energie', 'Consulting', 'Bau', 'Textil', 'Pharma', 'Touristik'];
const COMPANY_FORMS_DE = ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'GmbH'];

const COMPANY_STEMS_EN = [
  'Brightwater', 'Northgate', 'Silverline', 'Harbour', 'Redwood', 'Bluestone', 'Kingsbridge', 'Oakfield', 'Summit',
  'Pinecrest', 'Fjordline', 'Aurora', 'Lakeshore', 'Copperleaf', 'Ironbridge', 'Westbrook', 'Evergreen', 'Highland',
  'Norrsken', 'Skyline',
];
const COMPANY_TRADES_EN = ['Logistics', 'Retail', 'Software', 'Engineering', 'Media', 'Foods', 'Energy', 'Consulting', 'Health', 'Outdoor', 'Travel', 'Labs'];
const COMPANY_FORMS: Record<Region, readonly string[]> = {
  DACH: COMPANY_FORMS_DE,
  'UK & Ireland': ['Ltd', 'Ltd', 'plc', 'Group'],
  Nordics: ['AB', 'AS', 'A/S', 'Oy', 'Group'],
  'North America': ['Inc.', 'LLC', 'Corp.', 'Co.'],
};

export function companyName(rng: Random, region: Region): string {
  if (region === 'DACH') return `${rng.pick(COMPANY_STEMS_DE)} ${rng.pick(COMPANY_TRADES_DE)} ${rng.pick(COMPANY_FORMS_DE)}`;
  return `${rng.pick(COMPANY_STEMS_EN)} ${rng.pick(COMPANY_TRADES_EN)} ${rng.pick(COMPANY_FORMS[region])}`;
}
