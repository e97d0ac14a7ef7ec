import type { z } from 'zod';
import { splitSentences, type Sentence } from '../extract/sentence.js';
import type { EvidenceClaim, FactStore } from '../store/index.js';
import type { EvidenceInContext } from './schemas.js';
import { sentenceAround } from './routes/reviews.js';

/** An article as evidence needs it: its text split into sentences, its headline and URL. */
interface ArticleContext {
  text: string;
  sentences: readonly Sentence[];
  title: string | null;
  url: string | null;
}

/**
 * Evidence in context: each quote with the sentence around it (the span inside it) and its article's headline
 * and URL, so a reviewer can check it where it was said. Each article is read once; imported rows (no article)
 * get nulls.
 */
export async function evidenceInContext(store: FactStore, claims: readonly EvidenceClaim[]): Promise<z.infer<typeof EvidenceInContext>[]> {
  const articles = new Map<string, ArticleContext | null>();
  const out = [];
  for (const claim of claims) {
    let article: ArticleContext | null = null;
    if (claim.articleId !== null) {
      if (!articles.has(claim.articleId)) {
        const a = await store.getArticle(claim.articleId);
        articles.set(claim.articleId, a ? { text: a.text, sentences: splitSentences(a.text), title: a.title, url: a.url ?? a.canonical } : null);
      }
      article = articles.get(claim.articleId) ?? null;
    }
    out.push({
      ...claim,
      sentence: article ? sentenceAround(article.text, claim, article.sentences) : null,
      title: article?.title ?? null,
      url: article?.url ?? null,
    });
  }
  return out;
}
