/**
 * Titles and role phrases of people: `Commerce Secretary`, `White House
 * press secretary`, `Minister of Economy`, and appositives such as
 * `president of the American Automotive Policy Council`.
 */

/** Head words of a title, matched case-insensitively. */
export const TITLE_HEAD = /^(?:president|vice-president|prime|minister|secretary|secretary-general|chancellor|governor|senator|sen\.|rep\.|representative|congressman|congresswoman|ambassador|chairman|chairwoman|chair|chairperson|ceo|cfo|coo|founder|co-founder|spokesman|spokeswoman|spokesperson|adviser|advisor|director|commissioner|mayor|king|queen|emperor|premier|judge|justice|speaker|leader|negotiator|economist|analyst|strategist|envoy|representative|administrator|treasurer|attorney|general|counsel|officer|manager|head|chief|executive|partner|professor|researcher|fellow|editor|correspondent|reporter|columnist|governor-general|deputy|owner|agent|candidate|nominee|lawmaker|legislator|coach|councillor|councilor|councilmember|councilman|councilwoman|alderman|lecturer|scientist|seismologist|lawyer|prince|princess|sheikh|sheikha|emir|sultan|guard|forward|striker|midfielder|goalkeeper|defender|winger|pitcher|catcher|quarterback|outfielder|infielder|shortstop|batsman|batter|bowler|captain|investor|sheriff|constable|inspector|superintendent|commander|colonel|major|sergeant|lieutenant|cto|cio|cmo|pm|fm|gov|gen|lt|col|sgt|capt|supt|dr\.|mr\.|mrs\.|ms\.)$/i;

/** Title heads that can stand right before a name (`President Trump`, `spokesman Kush Desai`). */
export const NAME_TITLE = /^(?:president|minister|secretary|chancellor|governor|senator|sen\.|rep\.|representative|ambassador|chairman|chairwoman|chair|ceo|spokesman|spokeswoman|spokesperson|adviser|advisor|director|commissioner|mayor|king|queen|premier|judge|justice|speaker|leader|negotiator|economist|analyst|strategist|envoy|administrator|treasurer|counsel|officer|chief|professor|editor|correspondent|reporter|columnist|executive|manager|agent|candidate|nominee|lawmaker|legislator|coach|owner|founder|co-founder|partner|councillor|councilor|councilmember|councilman|councilwoman|alderman|lecturer|prince|princess|sheikh|sheikha|emir|cfo|coo|attorney|scientist|guard|forward|striker|midfielder|goalkeeper|defender|winger|pitcher|catcher|quarterback|outfielder|infielder|shortstop|batsman|batter|bowler|captain|investor|sheriff|constable|inspector|superintendent|commander|colonel|major|sergeant|lieutenant|cto|cio|cmo|pm|fm|gov|gen|lt|col|sgt|capt|supt|dr\.|mr\.|mrs\.|ms\.)$/i;

/** Lower-case words that can modify a title (`trade adviser`, `press secretary`, `executive director`). */
export const ROLE_MODIFIER = /^(?:trade|press|deputy|senior|chief|vice|assistant|executive|associate|foreign|finance|economic|economy|defense|defence|commerce|top|former|acting|interim|managing|general|principal|lead|national|security|policy|prime|state|white|house|financial|political|communications|research|international|regional|global|legal|technology|energy|investment|industry|labor|labour|veteran|head|independent|board|media|equity|private|fire|police|health|sports)$/i;

/** Honorifics dropped from roles: they are not titles of an office. */
export const HONORIFIC = /^(?:mr\.|mrs\.|ms\.|dr\.)$/i;

/** Strips `then-` / `ex-` style prefixes the gold drops (`then-President` → `President`). */
export function stripTitlePrefix(word: string): string {
  return word.replace(/^then-/i, '');
}

/** Honorifics and styles that stand between a title and a name (`energy minister, Prince Abdulaziz`). */
export const STYLE = /^(?:Prince|Princess|Sheikh|Sheikha|Emir|Sir|Dame|Lord|Lady|Dr\.|Mr\.|Mrs\.|Ms\.)$/;

/** Abbreviated titles written with a period as a separate token (`Gov.`, `Sen.`): the period belongs to the title. */
export const DOTTED_TITLE = /^(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Supt|Insp|Det|Amb|Atty|Adm|Cmdr|Maj|Pres|Prof|Dr|Mr|Mrs|Ms)$/;

/** "General" is a title head only after these (`Attorney General`, `Surgeon General`), not in `General Mills`. */
export const GENERAL_AFTER = /^(?:attorney|surgeon|inspector|solicitor|secretary|director|auditor|consul|governor|postmaster|adjutant)$/i;

/** Office heads one person holds at a time, with the name the office fact uses. Deputies and assistants are not the office. */
export const OFFICES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:chief executive(?: officer)?|ceo)\b/i, 'chief executive'],
  [/\b(?:chief financial officer|cfo)\b/i, 'chief financial officer'],
  [/\b(?:chief operating officer|coo)\b/i, 'chief operating officer'],
  [/\b(?:independent )?lead director\b/i, 'lead director'],
  [/\b(?:(?:executive |non-executive )?(?:chairman|chairwoman|chairperson|chair)(?: of the board)?|board chair)\b/i, 'chair'],
  [/\bprime minister\b/i, 'prime minister'],
  [/\b(?:general secretary|secretary[- ]general)\b/i, 'general secretary'],
  [/\bhead coach\b/i, 'head coach'],
  [/\bmayor\b/i, 'mayor'],
  [/\bgovernor\b/i, 'governor'],
  [/\bchancellor\b/i, 'chancellor'],
  [/\bpresident\b/i, 'president'],
];

/** A role with one of these is not (or no longer, or not yet the sole) holder of the office. */
export const NOT_THE_HOLDER = /\b(?:vice|deputy|assistant|associate|outgoing|acting|interim|designate|elect|co)\b/i;

/** A place's offices that a person is styled with before their name, the place left to the reader ("President Trump"). */
const SETTING_OFFICES: ReadonlySet<string> = new Set(['prime minister', 'president', 'chancellor', 'governor', 'mayor']);

/**
 * The office a role names when it is nothing but a place's single-holder office, styled with a capital
 * ("Prime Minister", "President", "Governor"): `prime minister`, `president`. `null` for a role with more in it
 * ("former President", "Japanese Prime Minister", "Commerce Secretary"), a deputy's, or a company's ("CEO").
 */
export function settingOffice(role: string): string | null {
  const r = role.trim();
  if (!/^\p{Lu}\p{Ll}/u.test(r) || NOT_THE_HOLDER.test(r)) return null;
  for (const [pattern, office] of OFFICES) {
    const m = pattern.exec(r);
    if (m) return m.index === 0 && m[0].length === r.length && SETTING_OFFICES.has(office) ? office : null;
  }
  return null;
}
