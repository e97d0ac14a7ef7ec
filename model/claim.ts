import { z } from 'zod';
import { IsoDay, PartialDate } from './common.js';

export const ClaimKind = z.enum(['figure', 'person', 'date', 'project', 'status']);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** How the claim is asserted in the text. */
export const Hedge = z.enum(['asserted', 'reported', 'speculative', 'denied']);
export type Hedge = z.infer<typeof Hedge>;

/**
 * A figure's unit: an ISO 4217 code for money (`USD`, `JPY`), `%` for
 * percentages and percentage points, otherwise the counted noun in singular
 * lower case (`job`, `working day`).
 */
export const Unit = z.string().min(1);

export const Amount = z.strictObject({ amount: z.number().finite(), unit: Unit });
export type Amount = z.infer<typeof Amount>;

export const Range = z.strictObject({ min: z.number().finite(), max: z.number().finite(), unit: Unit });
export type Range = z.infer<typeof Range>;

export const FigureValue = z.union([Amount, Range]);
export type FigureValue = z.infer<typeof FigureValue>;

export const PersonValue = z.strictObject({
  /** Canonical full name in Western order, linked across mentions in the article. */
  name: z.string().min(1),
  role: z.string().nullable(),
  org: z.string().nullable(),
});
export type PersonValue = z.infer<typeof PersonValue>;

export const DateValue = z.strictObject({
  /** `null` when the expression cannot be resolved (no publish date, week granularity, ...). */
  date: PartialDate.nullable(),
});
export type DateValue = z.infer<typeof DateValue>;

export const ProjectValue = z.strictObject({
  name: z.string().min(1),
  sponsor: z.string().nullable(),
  sector: z.string().nullable(),
  location: z.string().nullable(),
  amount: Amount.nullable(),
});
export type ProjectValue = z.infer<typeof ProjectValue>;

/**
 * Where a named or story-scoped undertaking stands: a deal, agreement, bill, plan, project, strike or lawsuit. One
 * small lexicon for every topic: `proposed` (an offer made, a bill introduced, a plan unveiled), `filed` (a lawsuit
 * or charges brought), `close to final` (talks or sides "close to finalizing", "on the verge of a deal"; not yet
 * done), `rejected`, `agreed` (a deal signed or reached), `approved` (by a board, regulator, chamber or
 * shareholders; a bill passed), `launched` (a project, programme or strike begun), `enacted` (a bill signed into
 * law), `suspended` (halted, postponed), `blocked` (vetoed, struck down), `terminated` (cancelled, abandoned, called
 * off), `dismissed` (a case thrown out, charges dropped), `settled` (a case), `ended` (a strike over), `completed`.
 * An article that reports several stages of one thing reports the latest (`extract/status.ts`, `STAGE_ORDER`) as
 * its state; the others are its history. Claims of rules@8..75 hold only the deal stages.
 */
export const Stage = z.enum([
  'proposed', 'filed', 'close to final', 'rejected', 'agreed', 'approved', 'launched', 'enacted', 'suspended', 'blocked',
  'terminated', 'dismissed', 'settled', 'ended', 'completed',
]);
export type Stage = z.infer<typeof Stage>;

export const StatusValue = z.strictObject({
  /** The stage as the sentence reports it. */
  state: Stage,
});
export type StatusValue = z.infer<typeof StatusValue>;

/** Approximation words kept beside a figure (`about`, `nearly`, `more than`, `up to`). */
export const Qualifier = z.enum(['about', 'nearly', 'more than', 'less than', 'up to', 'at least']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * What a claim's own sentence says of its valid time (`extract/time-cues.ts`): stored with the claim, so
 * reconciliation never reads the article's text for it.
 */
export const TimeCues = z.strictObject({
  /** The day its value started or held (`since April`, `imposed in April`, a proposal's presentation); null when the sentence says none. */
  validFrom: IsoDay.nullable(),
  /** It is the value before a change the sentence reports as done (`rose from 4 to 11`), or a role its holder left. */
  earlier: z.boolean(),
  /** The first day its value no longer holds (`through Dec. 31, 2021`, `until August 1`); null otherwise. */
  validTo: IsoDay.nullable(),
});
export type TimeCues = z.infer<typeof TimeCues>;

/**
 * A claim's valid-time cues as the extractor reads them (rules@40 on), on every claim but a date (a date claim's
 * value is its time). Absent from older extractors' claims: the wiring completes them with the extractor's rules
 * (`completeClaims`, `extract/claim-completion.ts`) before the store sees them, which counts a missing cue as none.
 */
const statedField = { stated: TimeCues.optional() };

const claimFields = {
  /** UTF-16 code-unit offsets into the article text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exactly `text.slice(start, end)`. */
  quote: z.string().min(1),
  /** What the claim is about (`Japan investment fund`, `US tariff on Japanese cars`). */
  subject: z.string().nullable(),
  /** What is said of the subject (`size`, `rate`, `role`). */
  predicate: z.string().nullable(),
  /** Who says it (`Wall Street Journal`, `Howard Lutnick`). */
  attribution: z.string().nullable(),
  hedge: Hedge.nullable(),
  /** Figures only: approximation kept as said. */
  qualifier: Qualifier.nullable(),
  /** Extractor name and version, e.g. `newsfacts-rules@1`. */
  extractor: z.string().min(1),
  /** The rule that produced the claim, for `--explain`. */
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
};

/**
 * A claim as the extractor produces it: pure data about one span of one text,
 * not yet tied to a stored article.
 */
export const ClaimDraft = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('figure'), value: FigureValue, ...claimFields, ...statedField }),
  z.strictObject({ kind: z.literal('person'), value: PersonValue, ...claimFields, ...statedField }),
  z.strictObject({
    kind: z.literal('date'),
    value: DateValue,
    ...claimFields,
    /**
     * The sentence writes the date right against the event its subject names (`the 2004 ruling`, `died Wednesday`,
     * `Tuesday's hearing`, `on Tuesday during a hearing`), as the extractor reads it (`isDatedAtEvent`). Reconciliation
     * reads it when an article dates one event word two ways. Absent from claims of extractors before rules@38.
     */
    datedAtEvent: z.boolean().optional(),
    /**
     * The words the date's fact is keyed by, as the extractor names its event (`dateEvent`): the subject, but a
     * result's lower-case modifiers dropped (`shootout win` → `win`, `narrow victory` → `victory`); null without a
     * subject. Reconciliation keys the date by it and reads no words of its own. Absent from claims of extractors
     * before rules@52, which reconciliation keys by their subject as written.
     */
    event: z.string().nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('project'), value: ProjectValue, ...claimFields, ...statedField }),
  z.strictObject({ kind: z.literal('status'), value: StatusValue, ...claimFields, ...statedField }),
]);
export type ClaimDraft = z.infer<typeof ClaimDraft>;

/** Review state of a claim. */
export const ClaimStatus = z.enum(['pending', 'accepted', 'rejected', 'corrected']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** A stored claim: a draft tied to its article, with a deterministic id. */
export const Claim = ClaimDraft.and(
  z.object({
    /** `c_` + hash(article content hash, kind, start, end, extractor): stable across re-runs. */
    id: z.string().min(1),
    articleId: z.string().min(1),
    status: ClaimStatus,
  }),
);
export type Claim = z.infer<typeof Claim>;
