/**
 * The HTTP API's request and response shapes. The same zod schemas validate
 * every request, check every response on its way out, and generate the
 * OpenAPI document at `/openapi.json`.
 */
import { z } from 'zod';
import { Article, Candidate, ClaimKind, ClaimStatus, Fact, FactStatus, FactValue, FactVersion, IdentityReview, IsoDay, ReviewAction, Review } from '../model/index.js';
import { CandidateSummary, EVIDENCE_PAGE_DEFAULT, EvidenceClaim, StoreCounts, VersionSummary } from '../store/fact-views.js';

/** Every error body: a status, a short code and one human line. Never a stack trace. */
export const ErrorBody = z
  .strictObject({
    statusCode: z.number().int(),
    error: z.string(),
    message: z.string(),
    /** On 409: the target's current revision, to re-read and retry. */
    currentRevision: z.number().int().optional(),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Opaque cursor: pass `nextCursor` back as `cursor` for the next page. */
export const Cursor = z.string().min(1).max(512);

/**
 * A request parameter as the OpenAPI document (and the reference at `/docs`) shows it: what it means and an
 * example value. Every query, path and header parameter of the API is declared through this.
 */
function param<T extends z.ZodType>(schema: T, description: string, example: unknown): T {
  return schema.meta({ description, examples: [example] });
}

/** The `cursor` query parameter of every paged list. */
const cursorParam = () => param(Cursor.optional(), 'where the next page starts: the `nextCursor` of the previous page (omit it for the first page)', 'WzAsIkphcGFuIGludmVzdG1lbnQgZnVuZCIsImZfZWY3NTE3MGY2NDYwYjNmNiJd');

export const FactSort = z.enum(['attention', 'subject']);

export const FactsQuery = z.strictObject({
  subject: param(z.string().min(1).max(200).optional(), 'only facts whose subject contains this text, any case', 'japanese cars'),
  predicate: param(z.string().min(1).max(200).optional(), 'only facts whose predicate contains this text, any case', 'rate'),
  status: param(FactStatus.optional(), 'only facts in this status', 'contested'),
  valid_at: param(IsoDay.optional(), 'only facts with a value valid that day (YYYY-MM-DD); each item says which (`valueAt`)', '2025-08-01'),
  as_of: param(z.iso.datetime({ offset: true }).optional(), 'recorded time: the beliefs held then (ISO timestamp with offset); default now', '2025-09-01T00:00:00Z'),
  sort: param(
    FactSort.default('attention'),
    '`attention`: contested, then needs-review, then facts with a disputed (outweighed) value, then the rest, each by subject; `subject`: by subject',
    'attention',
  ),
  limit: param(z.coerce.number().int().min(1).max(200).default(50), 'facts per page, 1 to 200', 50),
  cursor: cursorParam(),
});
export type FactsQuery = z.infer<typeof FactsQuery>;

/** A value as people read it (`550 billion USD`, `15%`, `1,500 jobs`, `2025-07`): the value grammar's wording, so clients need not format. */
export const ValueText = z.string().describe('the value as people read it, e.g. "550 billion USD", "15%", "1,500 jobs", "2025-07"');

/** A review as the API shows it: the stored review and its value as text. */
export const ReviewItem = Review.extend({ valueText: ValueText.nullable() }).meta({ id: 'Review' });
export type ReviewItem = z.infer<typeof ReviewItem>;

/** A fact as lists show it: its identity, the belief at the asked time, and its revision (the `ETag`). */
export const FactItem = z
  .strictObject({
    fact: Fact,
    version: FactVersion,
    /** `version.value` as text. */
    valueText: ValueText,
    /** The values of `version.candidates` as text, in the same order: lists show the competing values. */
    candidateTexts: z.array(ValueText),
    /** Changes with every new version and every review: send it as `If-Match` with a review. */
    revision: z.number().int().positive(),
    /** With `valid_at`: the value (current or superseded) that held that day. */
    valueAt: Candidate.nullable(),
  })
  .meta({ id: 'FactItem' });
export type FactItem = z.infer<typeof FactItem>;

/** A competing value in a list: value and text, status, interval, weight, and how many claims and sources back it. */
export const CandidateSummaryItem = CandidateSummary.extend({ valueText: ValueText }).meta({ id: 'CandidateSummary' });
export type CandidateSummaryItem = z.infer<typeof CandidateSummaryItem>;

/**
 * The belief as a list shows it: the version's value, status, intervals and confidence, and a summary per competing
 * value. Not its `reason` (a sentence naming every source, as long as the rest of the item) nor its `factId` (the
 * item's `fact.id`): `GET /api/facts/{id}` has both.
 */
export const VersionListItem = VersionSummary.omit({ factId: true, reason: true })
  .extend({ candidates: z.array(CandidateSummaryItem) })
  .meta({ id: 'VersionListItem' });
export type VersionListItem = z.infer<typeof VersionListItem>;

/**
 * A fact as `GET /api/facts` lists it: its belief at the asked time with a summary per competing value (the
 * fact's value first, then contested, disputed and superseded ones), never claim ids nor the reason:
 * `GET /api/facts/{id}` has the evidence and why. A list page stays small however much evidence its facts have.
 */
export const FactListItem = z
  .strictObject({
    fact: Fact,
    version: VersionListItem,
    /** `version.value` as text. */
    valueText: ValueText,
    /** Changes with every new version and every review: send it as `If-Match` with a review. */
    revision: z.number().int().positive(),
    /** With `valid_at`: the value (current or superseded) that held that day. */
    valueAt: CandidateSummaryItem.nullable(),
  })
  .meta({ id: 'FactListItem' });
export type FactListItem = z.infer<typeof FactListItem>;

export const FactPage = z.strictObject({
  items: z.array(FactListItem),
  nextCursor: Cursor.nullable(),
});
export type FactPage = z.infer<typeof FactPage>;

export const FactIdParams = z.strictObject({ id: param(z.string().min(1).max(100), 'a fact id (f_…), as `GET /api/facts` lists it', 'f_ef75170f6460b3f6') });

export const FactDetailQuery = z.strictObject({
  valid_at: param(IsoDay.optional(), 'also say which value held that day (YYYY-MM-DD), as `valueAt`', '2025-08-01'),
  as_of: param(z.iso.datetime({ offset: true }).optional(), 'recorded time: show the belief held then (ISO timestamp with offset); default now', '2025-09-01T00:00:00Z'),
  limit: param(
    z.coerce.number().int().min(1).max(1000).default(EVIDENCE_PAGE_DEFAULT),
    `evidence claims per page of \`versions\` (each version's supporting, then opposing claims, oldest version first), and quotes shown per competing value, 1 to 1000 (default ${EVIDENCE_PAGE_DEFAULT})`,
    100,
  ),
  cursor: param(
    Cursor.optional(),
    'where the next page of `versions` starts: the `nextCursor` of the previous page of this fact (omit it for the first page)',
    'WzMsMCwiY18xNzc1OThmYmRkYWM1ODZiIl0',
  ),
});

/** One version of a fact's history, with the claims it counted for and against. */
export const VersionItem = z.strictObject({
  version: FactVersion,
  valueText: ValueText,
  supporting: z.array(EvidenceClaim),
  opposing: z.array(EvidenceClaim),
});

/** A sentence (or line) of an article holding a claim, and the claim's span inside it (UTF-16 offsets, end exclusive). */
export const SentenceSpan = z
  .strictObject({ text: z.string(), start: z.number().int(), end: z.number().int() })
  .meta({ id: 'SentenceSpan' });

/** A quote as evidence in context: the claim, the sentence around it, and its article's headline and URL (null for imported rows). */
export const EvidenceInContext = EvidenceClaim.extend({
  sentence: SentenceSpan.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
}).meta({ id: 'EvidenceInContext' });
export type EvidenceInContext = z.infer<typeof EvidenceInContext>;

/** One fact, whole: the belief at the asked time, every candidate with its evidence, every version, and the reviews of it and of its claims. */
export const FactDetailBody = z
  .strictObject({
    fact: Fact,
    mergedInto: z.string().nullable(),
    revision: z.number().int().positive(),
    /** The version current at `as_of` (default now); null when the fact had none then. */
    version: FactVersion.nullable(),
    valueAt: Candidate.nullable(),
    /** Every value competing for the fact, with its quotes in context. */
    candidates: z.array(z.strictObject({ candidate: Candidate, valueText: ValueText, claims: z.array(EvidenceInContext) })),
    /**
     * One page of the fact's versions, oldest first (`limit`, `cursor`): those the page's evidence claims belong to, each
     * with its supporting and opposing claims in the page (its `version` names all of them by id).
     */
    versions: z.array(VersionItem),
    /** Pass back as `cursor` for the next page of `versions`; null on the last. */
    nextCursor: Cursor.nullable(),
    reviews: z.array(ReviewItem),
  })
  .meta({ id: 'FactDetail' });
export type FactDetailBody = z.infer<typeof FactDetailBody>;

/** A stored claim as the API shows it, with where it comes from and its revision. */
export const ClaimItem = z
  .strictObject({
    id: z.string(),
    articleId: z.string(),
    doc: z.string(),
    published: IsoDay.nullable(),
    source: z.string().nullable(),
    kind: ClaimKind,
    value: z.unknown(),
    valueText: ValueText,
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    subject: z.string().nullable(),
    predicate: z.string().nullable(),
    attribution: z.string().nullable(),
    hedge: z.string().nullable(),
    qualifier: z.string().nullable(),
    rule: z.string(),
    confidence: z.number(),
    status: ClaimStatus,
    factId: z.string().nullable(),
    /** The article id of the later version of this claim's page that replaced it (the page was edited): the claim no longer counts. */
    supersededBy: z.string().nullable(),
    /** 1 + the reviews of this claim: send it as `If-Match` with a review. */
    revision: z.number().int().positive(),
  })
  .meta({ id: 'Claim' });
export type ClaimItem = z.infer<typeof ClaimItem>;

/** A claim awaiting review: the sentence around it, and the fact it feeds with the competing values. */
export const ReviewQueueItem = z
  .strictObject({
    claim: ClaimItem,
    /** The sentence (or line) holding the claim, and the claim's span inside it. */
    context: SentenceSpan,
    /** The claim's article: its headline and URL. */
    article: z.strictObject({ title: z.string().nullable(), url: z.string().nullable() }),
    /** The fact the claim's evidence counts for (after entity resolution), null when it feeds none. */
    fact: FactItem.nullable(),
  })
  .meta({ id: 'ReviewQueueItem' });
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReviewQueueQuery = z.strictObject({
  status: param(ClaimStatus.default('pending'), 'claims in this review status', 'pending'),
  kind: param(ClaimKind.optional(), 'only claims of this kind', 'figure'),
  limit: param(z.coerce.number().int().min(1).max(200).default(50), 'claims per page, 1 to 200', 50),
  cursor: cursorParam(),
});

export const ReviewQueuePage = z.strictObject({
  items: z.array(ReviewQueueItem),
  nextCursor: Cursor.nullable(),
  /** Claims in this status, all pages. */
  total: z.number().int(),
});

export const ClaimIdParams = z.strictObject({ id: param(z.string().min(1).max(100), 'a claim id (c_…), as the review queue and an article list them', 'c_21c0312164b31587') });

/** A reviewer's decision. The target's revision goes in the `If-Match` header. */
export const ReviewBody = z
  .strictObject({
    action: ReviewAction,
    /**
     * Required for `correct`: the value as a reviewer writes it (`"550 billion USD"`, `"$550 billion"`, `"15%"`,
     * `"1,500 jobs"`, `"2025-07"`), read in the kind of the value it corrects; or a typed value of that kind.
     * A text that is not a value of that kind gets 400 naming the problem.
     */
    value: z
      .union([z.string().min(1).max(500), FactValue])
      .nullable()
      .optional()
      .describe('for `correct`: text such as "550 billion USD" or "15%", or a typed value ({amount,unit}, {min,max,unit}, {date}, {text})'),
    reason: z.string().max(2000).nullable().optional(),
    reviewer: z.string().min(1).max(100).optional().describe('who reviews, when the token names no one (default `api`); a named token\'s name wins'),
  })
  .refine((r) => r.action !== 'correct' || (r.value !== undefined && r.value !== null), { message: 'a correction needs a value', path: ['value'] })
  .meta({ id: 'ReviewRequest', examples: [{ action: 'correct', value: '$550 billion', reason: 'the MOU says 550' }] });
export type ReviewBody = z.infer<typeof ReviewBody>;

export const ReviewIdParams = z.strictObject({ id: param(z.string().min(1).max(100), 'a review id (r_…), as a fact\'s `reviews` list it', 'r_5f2c0a9e41b7d3c8') });

/** Taking a review back. With a named token the withdrawal is recorded under the token's name. */
export const WithdrawalBody = z
  .strictObject({
    reason: z.string().max(2000).nullable().optional().describe('why, kept with the withdrawal'),
    reviewer: z.string().min(1).max(100).optional().describe('who withdraws, when the token names no one (default `api`)'),
  })
  .meta({ id: 'WithdrawalRequest', examples: [{ reason: 'reviewed the wrong claim' }] });

export const ReviewResponse = z.strictObject({
  review: ReviewItem,
  /** The fact the review bears on, after re-reconciliation. */
  fact: FactItem,
  /** The reviewed claim after the review (claim reviews only). */
  claim: ClaimItem.nullable(),
});

export const IfMatchHeaders = z.object({
  'if-match': param(z.string().max(100).optional(), 'the target\'s revision, as its ETag (and `revision`) gives it; a stale one gets 409, a missing one 428', '"3"'),
});

export const ArticleSummary = z.strictObject({
  id: z.string(),
  doc: z.string(),
  title: z.string().nullable(),
  published: IsoDay.nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  claims: z.number().int(),
  /** Which version of its page (URL) this article is, from 1: a changed page at a known URL is a new version. */
  version: z.number().int().positive(),
  /** How many versions its page has; the list shows each page once, as its latest version. */
  versions: z.number().int().positive(),
  /** The article id of the next version, whose claims replaced this one's; null for the latest. */
  supersededBy: z.string().nullable(),
});

export const ArticleList = z.strictObject({ items: z.array(ArticleSummary) });

export const ArticleIdParams = z.strictObject({ id: param(z.string().min(1).max(2000), 'an article id, its content hash, or its document name (file name or canonical URL)', '000_99a0df6158fedcc6.txt') });

/** An article's text with its claims as spans into it (UTF-16 offsets, end exclusive): clients highlight them. */
export const ArticleBody = z
  .strictObject({
    article: Article,
    source: z.string().nullable(),
    /** Which version of its page (URL) this article is, from 1. */
    version: z.number().int().positive(),
    /** How many versions its page has. */
    versions: z.number().int().positive(),
    /** The article id of the next version, whose claims replaced this one's; null for the latest. */
    supersededBy: z.string().nullable(),
    claims: z.array(ClaimItem),
  })
  .meta({ id: 'Article' });

export const IngestRequestBody = z
  .strictObject({
    /** Page, feed or sitemap URLs, or paths the server (or its workers) can read. */
    locations: z.array(z.string().min(1).max(2000)).min(1).max(100),
    published: IsoDay.optional(),
  })
  .meta({ id: 'IngestRequest', examples: [{ locations: ['https://example.com/feed.xml'], published: '2025-09-19' }] });

export const IngestResponse = z.strictObject({
  /** `queued`: on BullMQ, workers take the jobs; `ran`: no Redis, so the server ran them itself before answering. */
  mode: z.enum(['queued', 'ran']),
  jobs: z.array(z.strictObject({ id: z.string(), queue: z.string(), state: z.string(), location: z.string() })),
  failures: z.array(z.strictObject({ input: z.string(), error: z.string() })),
});

export const ScheduleItem = z.strictObject({
  name: z.string(),
  source: z.string(),
  every: z.string().nullable(),
  cron: z.string().nullable(),
  nextRun: z.string().nullable(),
  lastRun: z.strictObject({ at: z.string(), jobId: z.string(), ok: z.boolean(), result: z.string() }).nullable(),
});

export const ScheduleList = z.strictObject({ items: z.array(ScheduleItem) });

export const ScheduleAddBody = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
    source: z.string().min(1).max(2000),
    every: z.string().max(20).optional().describe('500ms, 30s, 15m, 2h, 1d'),
    cron: z.string().max(200).optional(),
    tz: z.string().max(100).optional(),
  })
  .refine((s) => (s.every === undefined) !== (s.cron === undefined), { message: 'give exactly one of every, cron', path: ['every'] })
  .meta({ id: 'ScheduleRequest', examples: [{ name: 'seeds-every-15m', source: 'https://example.com/feed.xml', every: '15m' }] });

export const ScheduleNameParams = z.strictObject({ name: param(z.string().min(1).max(100), 'the schedule\'s name, as `GET /api/schedules` lists it', 'seeds-every-15m') });

const StateCounts = z.strictObject({ waiting: z.number().int(), active: z.number().int(), delayed: z.number().int(), completed: z.number().int(), failed: z.number().int() });

export const JobCountsBody = z.strictObject({
  /** Null when the server runs without Redis: there are no queues to count. */
  queues: z.record(z.string(), StateCounts).nullable(),
  store: StoreCounts,
});

export const HealthBody = z.strictObject({ ok: z.literal(true), store: z.enum(['pglite', 'postgres']), queues: z.boolean() });

/** Stories: articles about one event over time (`newsfacts stories`). */
export const StoryArticle = z.object({ id: z.string(), doc: z.string(), title: z.string().nullable(), published: z.string().nullable() });
export const Story = z
  .object({
    id: z.string().meta({ description: 'Story id: `s_` and the hex of the id of the article that founded it (the smallest of the articles joined in).', example: 's_0270d4a36f6a839d' }),
    articles: z.array(StoryArticle).meta({ description: 'Its articles, oldest first.' }),
    facts: z.number().int().meta({ description: 'How many facts its articles report.' }),
    first: z.string().nullable(),
    last: z.string().nullable(),
  })
  .meta({ id: 'Story' });
export const StoryList = z.object({ items: z.array(Story) });
export const StoryFactItem = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  status: z.string(),
  value: FactValue.nullable(),
  scoped: z.boolean().meta({ description: 'true: a generic subject ("people", "death toll") that belongs to this story alone; false: a named subject the story reports.' }),
});
export const StoryBody = z.object({ story: Story, facts: z.array(StoryFactItem) });
export const StoryParams = z.object({ id: param(z.string().min(1).max(200), 'A story id.', 's_0270d4a36f6a839d') });
export const StoryQuery = z.object({ limit: param(z.coerce.number().int().min(1).max(1000).default(100), 'At most this many stories, most recent first.', 50) });


/** Entities: the people, organisations, places and projects the articles name (`newsfacts entities`). */
export const EntityTypeParam = z.enum(['person', 'organisation', 'place', 'project']);
export const Entity = z
  .object({
    id: z.string().meta({ description: 'Entity id: `e_` and a hash of one of its variants (the smallest, when variants printed two ways were joined).', example: 'e_3b1f0c9a7d2e4f60' }),
    type: EntityTypeParam,
    name: z.string().meta({ description: 'The name it goes by: the printed full name with most mentions, then the longest.', example: 'Raide Jadallah' }),
    aliases: z.array(z.string()).meta({ description: 'Every form articles print it in (a surname alone, a misspelt given name, an acronym).', example: ['Jadallah', 'Raide Jadallah', 'Ray Jadallah'] }),
    mentions: z.number().int().meta({ description: 'How many mentions (claims and text spans) name it.' }),
    articles: z.number().int().meta({ description: 'How many articles name it.' }),
  })
  .meta({ id: 'Entity' });
export const EntityList = z.object({ items: z.array(Entity) });
export const EntityMentionItem = z.object({
  articleId: z.string(),
  doc: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable().meta({ description: 'The outlet that published the article, if known.' }),
  published: z.string().nullable(),
  claimId: z.string().nullable().meta({ description: 'The claim that names it; null for a mention in the text alone.' }),
  quote: z.string().nullable().meta({ description: "The naming claim's quote." }),
  start: z.number().int().nullable().meta({ description: 'UTF-16 offset of the name in the article text; null when the claim names it in other words.' }),
  end: z.number().int().nullable(),
  text: z.string().meta({ description: 'The name as printed there.', example: 'Ray Jadallah' }),
});
export const EntityFactItem = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  status: z.string(),
  value: FactValue.nullable(),
  claims: z.array(z.string()).meta({ description: "The entity's claims that count for this fact." }),
});
export const EntityBody = z.object({ entity: Entity, mentions: z.array(EntityMentionItem), facts: z.array(EntityFactItem) });
export const EntityParams = z.object({ id: z.string().min(1).max(200).meta({ description: 'An entity id.', example: 'e_3b1f0c9a7d2e4f60' }) });
export const EntityQuery = z.object({
  type: EntityTypeParam.optional().meta({ description: 'Only entities of this type.', example: 'person' }),
  search: z.string().min(1).max(200).optional().meta({ description: 'Only entities whose name or an alias contains this text (any case).', example: 'jadallah' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).meta({ description: 'At most this many entities, most mentioned first.', example: 50 }),
});

/** "This fact is the same as that one" (issue 17). */
export const SameAsBody = z
  .strictObject({
    into: z.string().min(1).max(100).describe('the fact this one is the same as (f_…): its claims count there from now on').meta({ example: 'f_0123456789abcdef' }),
    reason: z.string().max(2000).nullable().optional().describe('why, kept with the decision').meta({ example: 'two wordings of the same toll' }),
    reviewer: z.string().min(1).max(100).optional().describe('who decides, when the token names no one (default `api`)'),
  })
  .meta({ id: 'SameAsRequest', examples: [{ into: 'f_0123456789abcdef', reason: 'two wordings of the same toll' }] });

/** "This claim is about that fact, or about none" (issue 17). */
export const MoveBody = z
  .strictObject({
    into: z.string().min(1).max(100).nullable().describe('the fact the claim is about (f_…), or null: about no fact the store keeps').meta({ example: 'f_0123456789abcdef' }),
    reason: z.string().max(2000).nullable().optional().describe('why, kept with the decision').meta({ example: 'the figure is about another bridge' }),
    reviewer: z.string().min(1).max(100).optional().describe('who decides, when the token names no one (default `api`)'),
  })
  .meta({ id: 'MoveRequest', examples: [{ into: null, reason: 'the figure is about another bridge' }] });

export const IdentityReviewIdParams = z.strictObject({
  id: z.string().min(1).max(100).describe("an identity review id (m_…), as a fact's `identityReviews` list it").meta({ example: 'm_0123456789abcdef' }),
});

/** A decision on identity and the facts it changed, each in its belief after it. */
export const IdentityReviewResponse = z
  .strictObject({
    review: IdentityReview.meta({ id: 'IdentityReview' }),
    facts: z.array(FactItem),
  })
  .meta({ id: 'IdentityReviewResponse' });
