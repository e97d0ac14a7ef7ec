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
