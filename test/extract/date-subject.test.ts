import { describe, expect, it } from 'vitest';
import { describeDate } from '../../extract/date-subject.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const at = (text: string, quote: string) => describeDate(s(text), text.indexOf(quote), text.indexOf(quote) + quote.length);

describe('describeDate', () => {
  it('takes the event a date modifies', () => {
    expect(at('Monday’s announcement surprised markets.', 'Monday')).toBe('announcement');
    expect(at('the 2016 negotiations stalled', '2016')).toBe('negotiations');
  });

  it('takes the nearest event before the date, with its "by X" tail', () => {
    expect(at('A final ruling by the court is expected by May 9.', 'May 9')).toBe('final ruling by the court');
  });

  it('takes the verb right before the date, over a time of day, as the event', () => {
    expect(at('The tower partially collapsed at around 1:30 a.m. on Thursday morning.', 'Thursday')).toBe('collapse');
    expect(at('Nobody knows what caused the wing to collapse about 1:30 a.m. Thursday.', 'Thursday')).toBe('collapse');
    expect(at('The volcano erupted early Sunday.', 'Sunday')).toBe('erupt');
    expect(at('The probe launched in February 2024.', 'February 2024')).toBe('launch');
  });

  it('no event from light and change verbs, an empty subject, or a verb with its object between', () => {
    // A day after `said` is the statement's: its event is `statement`, which reconcile keys by its day.
    expect(at('The mayor said Friday that crews were working.', 'Friday')).toBe('statement');
    expect(at('The envoy said on Saturday there is no room for exceptions.', 'Saturday')).toBe('statement');
    // A day after `announce`, over its object, is the announcement's, as `the announcement was expected Tuesday` names it.
    expect(at('The brewer announced the closures on Monday.', 'Monday')).toBe('announcement');
    expect(at('Details will be announced on Thursday, the club said.', 'Thursday')).toBe('announcement');
    // A year or month after `announced` is no day of one announcement.
    expect(at('The brewer announced in 2006 that it would close.', '2006')).not.toBe('announcement');
    // A year after `said` opens what was said.
    expect(at('The dealer said the past year was one of learning.', 'the past year')).toBeNull();
    expect(at('It began Thursday.', 'Thursday')).toBeNull();
    expect(at('Shares have more than tripled this year.', 'this year')).toBeNull();
    expect(at('The toll increased to 11 on Monday.', 'Monday')).toBeNull();
    // A day after a past verb's object is the verb's (`verbOverObject`), as `The Senate on Tuesday approved the bill` is.
    expect(at('The council adopted the budget on Tuesday.', 'Tuesday')).toBe('adopt');
  });

  it('reads a thing that began to work right before the date as its opening', () => {
    expect(at('The new ferry line began operating on Monday.', 'Monday')).toBe('open');
    expect(at('The clinic started service in March 2019.', 'March 2019')).toBe('open');
    expect(at('The second reactor went into operation in 1986.', '1986')).toBe('open');
    // Began what else, or a day after its object, is no opening.
    expect(at('The company began talks on Monday.', 'Monday')).not.toBe('open');
    expect(at('The line began operating extra trains on Monday.', 'Monday')).not.toBe('open');
  });

  it('takes a participle the conjugator reads alone as an adjective', () => {
    expect(at('The driver was charged Saturday with assault.', 'Saturday')).toBe('charge');
  });

  it('takes a happening written right against the date', () => {
    expect(at('The general came to power in a bloodless coup in 1999.', '1999')).toBe('bloodless coup');
    expect(at('A postmortem examination Monday found no injuries, and the autopsy Tuesday confirmed it.', 'Tuesday')).toBe('autopsy');
    // Began what? The walkout: the happening heads the clause of an aspectual verb.
    expect(at('The walkout began Thursday.', 'Thursday')).toBe('walkout');
    expect(at('Unrest has grown since the uprising started in March 2011.', 'March 2011')).toBe('uprising');
  });

  it('takes the verb over a place or cause between it and the date, never over its object', () => {
    expect(at('The climber died in a clinic in Nepal on Friday, his sister said.', 'Friday')).toBe('die');
    expect(at('The actor died of pneumonia last Tuesday.', 'last Tuesday')).toBe('die');
    expect(at('A cargo plane crashed near the port on Sunday.', 'Sunday')).toBe('crash');
    expect(at('The mayor spoke in the square on Sunday.', 'Sunday')).toBeNull();
    expect(at('The ministry said in a note on Monday that exports fell.', 'Monday')).toBeNull();
    expect(at('The council adopted the budget in full on Tuesday.', 'Tuesday')).toBe('adopt');
    expect(at('She first proposed the theory of kin markets in 1994.', '1994')).toBeNull();
    expect(at('Growth continued to slow in the last quarter of 2007.', '2007')).toBeNull();
  });

  it('takes a happening a light verb says is held or takes place on the date', () => {
    expect(at('The memorial is expected to take place on June 4.', 'June 4')).toBeNull();
    expect(at('The funeral is expected to take place on June 4.', 'June 4')).toBe('funeral');
    expect(at('A private funeral was held Sunday in the village.', 'Sunday')).toBe('private funeral');
    expect(at('The trial will be held in March.', 'March')).toBe('trial');
  });

  it('a score between a day and its event is skipped, and is no modifier of the event', () => {
    expect(at('Sunday’s 4-1 win lifted the club.', 'Sunday')).toBe('win');
    expect(at('The Hawks’ 101-99 victory Friday ended the skid.', 'Friday')).toBe('victory');
  });

  it('a year before a happening names it, a day dates it', () => {
    expect(at('Veterans of the 1991 invasion gathered.', '1991')).toBeNull();
    expect(at('Tuesday’s explosion shut the plant.', 'Tuesday')).toBe('explosion');
    // After `a`, a month names which happening of several; a day dates it (which happening is the day's).
    expect(at('He was hurt in a March collision with a teammate.', 'March')).toBeNull();
    expect(at('He was hurt in a March 3 collision with a teammate.', 'March 3')).toBe('collision');
    expect(at('Officials were planning for a Feb. 9 state funeral in the capital.', 'Feb. 9')).toBe('state funeral');
    expect(at('Two men died in a Friday raid on the camp.', 'Friday')).toBe('raid');
  });

  it('a happening elsewhere in the sentence names no date', () => {
    // The story's topic, named before the date's own verb.
    expect(at('The search for survivors of the mine collapse entered a third day Sunday.', 'Sunday')).toBeNull();
    expect(at('The toll of the hotel fire in Lagos rose to 31 on Monday.', 'Monday')).toBeNull();
    // A nearer happening, not against the date, leaves the farther event noun unclear.
    expect(at('Talks will resume in May despite the bombing of the embassy last week.', 'last week')).toBeNull();
    expect(at('The Harbor Fire Rescue team was at the site on Friday.', 'Friday')).toBeNull();
    // The verb right before the date still names it.
    expect(at('The driver, blamed for an accident that hurt two, apologized Monday.', 'Monday')).toBe('apologize');
  });

  it('a plural event noun, but not a verb form', () => {
    expect(at('The board said elections would be held on June 2.', 'June 2')).toBe('elections');
    expect(at('The firm reports that it will cut costs this year.', 'this year')).toBeNull();
    // Not the several meetings: the verb whose object they are.
    expect(at('She attended meetings Tuesday with the minister.', 'Tuesday')).toBe('attend');
  });

  it('a change verb names no event: its date is its period', () => {
    expect(at('Home sales rebounded in April.', 'April')).toBeNull();
  });

  it('takes the event a phrase right after the date places it in, when nothing before names one', () => {
    expect(at('The commissioner told senators on Tuesday during a hearing on doping.', 'Tuesday')).toBe('hearing');
    expect(at('The minister said Monday at a news conference that talks had failed.', 'Monday')).toBe('conference');
    expect(at('Two free throws sealed it Friday in the Hawks’ 99-97 overtime win over Boston.', 'Friday')).toBe('overtime win');
    expect(at('Three guards were hurt Sunday night in an ambush near the border.', 'Sunday')).toBe('ambush');
    // A noun that modifies another is no event; nor is a place or a market session.
    expect(at('She spoke Monday at the election commission.', 'Monday')).toBeNull();
    expect(at('Prices rose Monday in early trading.', 'Monday')).toBeNull();
    expect(at('The mayor was seen Friday in the town hall.', 'Friday')).toBeNull();
    // A verb right before the date stays its event.
    expect(at('The driver died Monday in a crash on the highway.', 'Monday')).toBe('die');
  });

  it('whatever noun a possessive day owns is that day\'s event', () => {
    expect(at('He hurt his knee in the second half of Tuesday’s game.', 'Tuesday')).toBe('game');
    expect(at('He missed Saturday’s practice with a cold.', 'Saturday')).toBe('practice');
    expect(at('Fisher came into Tuesday’s game averaging 12 points.', 'Tuesday')).toBe('game');
    expect(at('The group claimed Wednesday’s deadly blast at the depot.', 'Wednesday')).toBe('deadly blast');
    // A year or month owns things, not only happenings; an adjective or a superlative is no head.
    expect(at('The award for this year’s best rookie went to Ames.', 'this year')).toBeNull();
    // A name after the words means the phrase's head is further on.
    expect(at('They face Sunday’s tricky Cup Final away.', 'Sunday')).toBeNull();
    expect(at('It works with today’s most popular players.', 'today')).toBeNull();
  });

  it('today\'s owns a noun with modifiers as the present, and a noun alone or a happening as the day', () => {
    expect(at('Today’s fast home connections make video calls easy.', 'Today')).toBeNull();
    expect(at('Voters reject today’s angry partisan climate.', 'today')).toBeNull();
    expect(at('Today’s vote was close, officials said.', 'Today')).toBe('vote');
    expect(at('Today’s ballot is the first since the war.', 'Today')).toBe('ballot');
    // The other days still own whatever noun follows them.
    expect(at('Yesterday’s session ran long.', 'Yesterday')).not.toBeNull();
  });

  it('a date opening its sentence is the date of its clause\'s verb', () => {
    expect(at('On Monday, police arrested three men in the raid.', 'Monday')).toBe('arrest');
    expect(at('In 2001, the singer was diagnosed with a rare illness.', '2001')).toBe('diagnose');
    // A past form right after the comma is an adjective of the subject.
    expect(at('On Monday, armed men attacked a convoy.', 'Monday')).toBe('attack');
    expect(at('Last month, Dr. Ames resigned from the board.', 'Last month')).toBe('resign');
    // A company's `Inc.` in the subject is no sentence end; `Back in` opens a date too.
    expect(at('Back in 2004, Vela Inc. and Quill formed a joint venture.', '2004')).toBe('form');
  });

  it('a state since a date began then; a happening someone started is the date\'s over its object', () => {
    expect(at('The dockers, on strike since March 3, met again.', 'March 3')).toBe('strike');
    expect(at('He has been in the hospital since Friday.', 'Friday')).toBe('hospital');
    expect(at('The union launched its strike against the port operators, which run six terminals, on March 3.', 'March 3')).toBe('strike');
    // A happening nobody is said to start still leaves a farther event unclear.
    expect(at('The walkout forced a vote after the riot on March 3.', 'March 3')).not.toBe('walkout');
    // A date in another clause after the happening's own date is not its.
    expect(at('Before the union launched its strike on March 3, sales were down 10 percent from 2006.', '2006')).toBeNull();
    // `since` after anything else names no state.
    expect(at('Prices have doubled since March 3.', 'March 3')).not.toBe('price');
    // A plan, speech, a change or a negation is no event the date is of.
    expect(at('On Thursday, the envoy will fly to Cairo.', 'Thursday')).toBeNull();
    expect(at('On Sunday, officials said talks failed.', 'Sunday')).toBeNull();
    expect(at('Last week, the minister described the claim as absurd.', 'Last week')).toBeNull();
    expect(at('In March, exports fell by a third.', 'March')).toBeNull();
    expect(at('On Friday, the club did not confirm the fee.', 'Friday')).toBeNull();
    expect(at('This year, the team is 8-3.', 'This year')).toBeNull();
  });

  it('a date opening its sentence with no comma, or before a count, is the date of its clause\'s verb', () => {
    expect(at('On Friday the court rejected the main challenges.', 'On Friday')).toBe('reject');
    expect(at('In 1988 the cruiser shot down a jet.', '1988')).toBe('shoot down');
    expect(at('In 1970 a cyclone killed thousands.', '1970')).toBe('kill');
    // `up to` bounds a count: no particle.
    expect(at('In 1970 a cyclone killed up to half a million people.', '1970')).toBe('kill');
    expect(at('In February 2006, 23 inmates broke out of a prison.', 'February 2006')).toBe('break out');
    // A state, a failure, a plan, a change or a listing is none; nor is a lower-case subject with no comma.
    expect(at('Today the situation is much worse.', 'Today')).toBeNull();
    expect(at('Seven years ago the bottle failed to break.', 'Seven years ago')).toBeNull();
    expect(at('On Thursday the envoy will fly to Cairo.', 'On Thursday')).toBeNull();
    expect(at('Saturday Seattle at Green Bay, 4:30 p.m.', 'Saturday')).toBeNull();
    expect(at('Last year sales rose by a third.', 'Last year')).toBeNull();
  });

  it('a date between a subject and its verb is the date of the verb', () => {
    expect(at('Police Monday arrested two suspects.', 'Monday')).toBe('arrest');
    expect(at('The Senate on Tuesday also approved the bill.', 'Tuesday')).toBe('approve');
    expect(at('The company Tuesday announced a merger.', 'Tuesday')).toBeNull();
    // A phrasal verb keeps its particle.
    expect(at('The club chairman on Monday stepped down after the vote.', 'Monday')).toBe('step down');
    // A year or month after a noun or `in` is the noun's; a state or failure is no event.
    expect(at('The rise in sales in 2007 offset the decline.', '2007')).toBeNull();
    expect(at('The suite 2007 contained no new features.', '2007')).toBeNull();
    expect(at('His comments Tuesday reflected the mood.', 'Tuesday')).toBeNull();
    // Only auxiliaries and adverbs stand between: a verb after `and` is another clause's, and the day is the verb's before it.
    expect(at('He met the minister Monday and signed the deal.', 'Monday')).toBe('meet');
  });

  it('returns null when no event is named', () => {
    expect(at('It rained in April.', 'April')).toBeNull();
  });
});

describe('entering hospital on a day', () => {
  it('dates the stay in hospital, as `in the hospital since` does', () => {
    expect(at('The 79-year-old was admitted to hospital on Monday with chest pains.', 'Monday')).toBe('hospital');
    expect(at('Mr. Varga, 79, entered the hospital on Monday and was put on a ventilator.', 'Monday')).toBe('hospital');
    expect(at('She was rushed to St. Luke’s Hospital Tuesday after the fall.', 'Tuesday')).toBe('hospital');
    expect(at('The senator was hospitalized on Wednesday with pneumonia.', 'Wednesday')).toBe('hospital');
  });

  it('leaving it, a month or year, or a hospital that opens is no stay begun', () => {
    expect(at('He left the hospital on Monday.', 'Monday')).not.toBe('hospital');
    expect(at('She was admitted to hospital in March.', 'March')).not.toBe('hospital');
    expect(at('The hospital opened on Monday.', 'Monday')).not.toBe('hospital');
  });
});

describe('a day right after `said`', () => {
  it('dates the saying, whatever event the reported clause names', () => {
    expect(at('The dockers have reached an agreement with the port, a union spokesman said on Thursday.', 'Thursday')).toBe('statement');
    expect(at('The election will be held in March, officials said Monday.', 'Monday')).toBe('statement');
    // The reported clause's own date is still its event's; a possessive day after `said` owns its noun.
    expect(at('The election will be held in March, officials said Monday.', 'March')).toBe('election');
    expect(at('Police said Monday’s blast killed five.', 'Monday')).toBe('blast');
  });
});

describe('a happening called off or put off on a day', () => {
  it('dates the cancellation or postponement, not the happening the subject names', () => {
    expect(at('The Harwick regatta was canceled Monday because of the storm.', 'Monday')).toBe('cancel');
    expect(at('The runoff vote was postponed on Tuesday.', 'Tuesday')).toBe('postpone');
    expect(at('The final has been called off today.', 'today')).toBe('call off');
    // An active verb with American spelling is the verb's event too.
    expect(at('The organisers on Monday canceled the regatta.', 'Monday')).toBe('cancel');
  });

  it('a new day the happening is moved to is still its day; a day the happening took place is its own', () => {
    expect(at('The runoff vote was postponed until Friday.', 'Friday')).not.toBe('postpone');
    expect(at('The runoff vote was held on Tuesday.', 'Tuesday')).not.toBe('postpone');
    expect(at('The regatta was canceled in March.', 'March')).not.toBe('cancel');
  });
});

describe('a recording dated by a day', () => {
  it('is released that day, as a release verb says', () => {
    expect(at('The rebel leader threatened the army in a new videotape Sunday.', 'Sunday')).toBe('release');
    expect(at('An audio message posted on Friday urged calm.', 'Friday')).toBe('release');
    expect(at('The recording was released on Friday.', 'Friday')).toBe('release');
  });

  it('a year or month after it, or a letter, is no release', () => {
    expect(at('The tape, recorded in 2006, resurfaced.', '2006')).not.toBe('release');
    expect(at('She wrote a letter on Monday.', 'Monday')).not.toBe('release');
  });
});

describe("a game's result right before a day", () => {
  it('dates the result, told by the winner or the loser, over the other side, the score and extra time', () => {
    expect(at('Harwick beat Dunmore on Wednesday night.', 'Wednesday')).toBe('win');
    expect(at('The Otters routed the Port Hale Hawks 6-1 Tuesday.', 'Tuesday')).toBe('win');
    expect(at('The Otters edged Dunmore 4-3 in overtime on Friday.', 'Friday')).toBe('win');
    expect(at('Dunmore lost to the Otters 98-95 on Sunday.', 'Sunday')).toBe('win');
    expect(at('The club has not won since defeating No. 9 Harwick on Dec. 3.', 'Dec. 3')).toBe('win');
    expect(at('Lund scored twice in a 3-1 win over the Otters on Saturday.', 'Saturday')).toBe('win');
    expect(at('She opened with a 6-2, 6-4 win Monday over a qualifier.', 'Monday')).toBe('win');
  });

  it('no result without a named side, in a game to come, or a year or month after it', () => {
    expect(at('Police beat protesters on Monday.', 'Monday')).not.toBe('win');
    expect(at('The Otters can clinch a place by beating Harwick on Sunday.', 'Sunday')).not.toBe('win');
    expect(at('If Dunmore beat the Otters on Friday, they go top.', 'Friday')).not.toBe('win');
    expect(at('Harwick beat Dunmore in 2004.', '2004')).not.toBe('win');
  });
});

describe("a day right after a past verb's object", () => {
  it('dates the verb, over its object and a place, up to eight words', () => {
    expect(at('The club hired its new coach on Dec. 6, 2006.', 'Dec. 6, 2006')).toBe('hire');
    expect(at('Two detectives met the envoy for the first time on Tuesday.', 'on Tuesday')).toBe('meet');
    expect(at('Investigators entered the site on Friday morning.', 'on Friday')).toBe('enter');
    expect(at('A rookie knocked him to the court on Dec. 11.', 'Dec. 11')).toBe('knock');
    expect(at('Police arrested the wounded driver on Monday.', 'on Monday')).toBe('arrest');
    // A passive's participle after its auxiliary is still the verb.
    expect(at('The winger was traded to the Otters on Dec. 12.', 'Dec. 12')).toBe('trade');
    expect(at('The mayor had received a letter on June 3.', 'June 3')).toBe('receive');
  });

  it('no verb over another clause, a figure, a span, a deadline or a modal, and only a day', () => {
    expect(at('The firm hired a contractor to build it on Monday.', 'on Monday')).toBeNull();
    expect(at('He left the ground after the game on Monday.', 'on Monday')).not.toBe('leave');
    expect(at('The club could sign him on Friday.', 'on Friday')).toBeNull();
    expect(at('The striker scored 30 points on Monday.', 'on Monday')).toBeNull();
    expect(at('The strike entered its third week on Monday.', 'on Monday')).toBeNull();
    expect(at('The firm earned a record profit in 2007.', '2007')).toBeNull();
    // A verb of speech, change or state names no event.
    expect(at('The minister told reporters on Monday.', 'on Monday')).toBeNull();
    expect(at('Shares lost a third of their value on Monday.', 'on Monday')).toBeNull();
    // A past form after a determiner, a possessive, a preposition or another verb is an adjective; a negation is none.
    expect(at('The coach has backed embattled striker Alan Ruiz on Friday.', 'on Friday')).toBe('back');
    expect(at('The vases, which were taken by masked men on May 20, were found.', 'May 20')).toBeNull();
    expect(at('His pointed remarks Tuesday reflected the mood.', 'Tuesday')).toBeNull();
    expect(at("She won't dwell on her errors Sunday.", 'Sunday')).toBeNull();
  });
});

describe('the verb a day follows, over an event noun of another clause', () => {
  it('dates the verb, not an event noun before it', () => {
    // The noun before the verb is its subject's (`fresh from a … victory`), not the day's.
    expect(at('The regulator, fresh from a big court victory over the bank, opened a new inquiry into its fees on Monday.', 'on Monday')).toBe('open');
    expect(at('After a long meeting, the board fired the chief executive on Tuesday.', 'on Tuesday')).toBe('fire');
  });

  it('keeps an event noun inside the verb’s object, and any event noun for a month or year', () => {
    expect(at('The two sides signed a deal on Monday.', 'on Monday')).toBe('deal');
    expect(at('After a long meeting, the board fired the chief executive in March.', 'in March')).toBe('long meeting');
  });
});

describe('an event’s words never run into another date', () => {
  it('drops a tail that is a date', () => {
    expect(at('The firm had planned to tell investors of the deal on March 3, but will now do so on March 2.', 'March 2')).toBe('deal');
    expect(at('Officials had not released results of the vote by Friday evening, late Saturday.', 'Saturday')).toBe('vote');
    expect(at('A final ruling by the court is expected by May 9.', 'May 9')).toBe('final ruling by the court');
  });
});

describe('a statement that reports an event as done', () => {
  it('dates the event the clause after the day reports in the perfect', () => {
    expect(at('The agency said on Friday that it has opened an inquiry into the sale.', 'Friday')).toBe('open');
    expect(at('The ministry said Tuesday it had informed parliament of the plan.', 'Tuesday')).toBe('inform');
    expect(at('Police said Sunday that their officers had already arrested two men.', 'Sunday')).toBe('arrest');
  });

  it('stays a statement for a state, a verb of speech, another tense, or a clause with a date of its own', () => {
    expect(at('The mayor said Friday that crews were working.', 'Friday')).toBe('statement');
    expect(at('The lawyer said Friday he had no knowledge of the message.', 'Friday')).toBe('statement');
    expect(at('The firm said Monday it had been told of the plan.', 'Monday')).toBe('statement');
    expect(at('The firm said Monday it has announced a buyback.', 'Monday')).toBe('statement');
    expect(at('The firm said Monday it had sold the unit last year.', 'Monday')).toBe('statement');
    expect(at('The firm said Monday it had sold the unit in 2006.', 'Monday')).toBe('statement');
    expect(at('The firm said Monday it will open a plant.', 'Monday')).toBe('statement');
  });
});

describe('describeDate: a `when` clause after the date', () => {
  it('takes the past verb of the clause as the event', () => {
    expect(at('The inquiry looks at events in 1993 when he accepted cash payments.', '1993')).toBe('accept');
    expect(at('The search began Dec. 3 when the coach was fired.', 'Dec. 3')).toBe('fire');
    expect(at('Tension rose Sunday when the boats harassed three ships.', 'Sunday')).toBe('harass');
  });

  it('gives none for a clause to come, a verb of speech or state, or no verb right after its subject', () => {
    expect(at('His schedule resumes on March 8 when he will race in Atlanta.', 'March 8')).toBeNull();
    expect(at('It was in August 1993 when he was still a member.', 'August 1993')).toBeNull();
    expect(at('It changed last month when it was revealed that the deal failed.', 'last month')).toBeNull();
    expect(at('He was seen out on Friday when he was supposed to be ill.', 'Friday')).toBeNull();
    expect(at('It began on Friday when he moved to Paris.', 'Friday')).toBe('move');
  });
});
