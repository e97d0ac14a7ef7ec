import { Text, type AnyNode, type Element } from 'domhandler';

/**
 * The main text of a page, by content scoring in the manner of Readability
 * but in one pass over a cheerio (domhandler) tree, without a DOM:
 *
 * 1. boilerplate goes first: non-content tags and containers whose class or id
 *    names navigation, comments, share bars, related links, cookie banners...;
 * 2. every run of inline text (a `<p>`, or the text and inline children of a
 *    `<div>` that uses `<br>` for paragraphs) scores by length and commas, and
 *    passes its score to its parent (full), grandparent (half) and
 *    great-grandparent (a third);
 * 3. the best container (score × (1 − link density), class names weighed)
 *    wins, with its siblings that score close to it or hold prose;
 * 4. its text is written block by block, leaving out link lists, captions,
 *    bylines and the headline.
 *
 * Only general signals are used; nothing here knows a particular site.
 */

const REMOVE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'textarea', 'input', 'object', 'embed',
  'canvas', 'nav', 'dialog', 'head', 'title', 'link', 'meta', 'map', 'video', 'audio', 'figcaption', 'menu',
]);
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|share|sharing|promo|tools|toolbar|masthead|navigation|navbar|\bnav\b|widget|trending|most-?read|most-?popular|recommend|outbrain|taboola|print|email|login|signup|tags?\b|byline|dateline|caption|credit|copyright|timestamp|author/i;
const MAYBE = /and|article|body|column|content|main|mathml|shadow|story|text|entry|post/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|storytext|articletext/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|date|time|nav|menu|links|copyright/i;
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'label', 'img',
]);
const SCORED_CONTAINER = new Set(['div', 'td', 'article', 'section', 'main', 'blockquote', 'pre', 'form', 'center', 'font', 'span', 'body', 'tbody', 'table', 'tr']);
/** Containers dropped from the output when they look like link lists or widgets rather than prose. */
const CONDITIONAL = new Set(['ul', 'ol', 'dl', 'div', 'table', 'section', 'aside', 'header', 'footer', 'form', 'center', 'p', 'span', 'font', 'tr', 'td']);

interface Info {
  /** Characters of text below, whitespace collapsed. */
  text: number;
  /** Of which inside links. */
  link: number;
  commas: number;
  /** Paragraph-like descendants. */
  paragraphs: number;
  /** Score from the runs below. */
  score: number;
}

const zero = (): Info => ({ text: 0, link: 0, commas: 0, paragraphs: 0, score: 0 });

/** Main text, one paragraph per block, blocks separated by a blank line; '' when nothing reads as prose. */
export function extractMainText(root: AnyNode, title: string | null): string {
  capDepth(root);
  const body = (findBody(root) ?? root) as Element;
  const before = new Map<Element, Info>();
  const total = measure(body, before, false).text;
  prune(body, before, total);
  const infos = new Map<Element, Info>();
  measure(body, infos, false);
  const runs = inlineRuns(body);
  for (const run of runs) {
    const len = run.length;
    if (len < 25) continue;
    const score = 1 + run.commas + Math.min(Math.floor(len / 100), 3);
    // Presentational wrappers (<font>, <span>...) take no level: broken 2000s markup nests them deep.
    let node: AnyNode | null = run.owner;
    for (let level = 0; node && level < 5; ) {
      if (node.type === 'tag') {
        const el = node as Element;
        const info = infos.get(el);
        if (level > 0 && INLINE.has(el.name)) {
          node = node.parent;
          continue;
        }
        if (info) info.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
        level++;
      } else break;
      node = node.parent;
    }
  }
  const ranked: { el: Element; score: number }[] = [];
  for (const [el, info] of infos) {
    if (info.score <= 0) continue;
    const density = info.text === 0 ? 0 : info.link / info.text;
    ranked.push({ el, score: (info.score + tagWeight(el) + classWeight(el)) * (1 - density) });
  }
  ranked.sort((x, y) => y.score - x.score);
  let best: Element | null = ranked[0]?.el ?? null;
  let bestScore = ranked[0]?.score ?? 0;
  if (best) best = commonAncestor(best, bestScore, ranked.slice(1, 6));
  const blocks: string[] = [];
  const normTitle = title ? normalise(title) : null;
  if (!best) {
    // Nothing reads as a paragraph (a snippet, a one-line page): all the text that survived pruning.
    write(body, infos, blocks, normTitle);
    return blocks.filter((b) => b !== '').join('\n\n');
  }
  best = climb(best, infos);
  const chosen = withSiblings(best, bestScore, infos);
  for (const el of chosen) write(el, infos, blocks, normTitle);
  return blocks.filter((b) => b !== '').join('\n\n');
}

/**
 * Levels of structure kept. Below it an element keeps its text, as one text
 * node, but not its elements, so the recursive walks of this file go at most
 * this deep whatever a page nests. Real article markup sits well above it.
 */
export const MAX_TREE_DEPTH = 150;

/** Applies `MAX_TREE_DEPTH`, iteratively (a recursive walk is what deep markup breaks). */
function capDepth(root: AnyNode): void {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = (node as Element).children;
    if (!children) continue;
    if (depth >= MAX_TREE_DEPTH && node.type === 'tag') {
      flattenToText(node as Element);
      continue;
    }
    for (const child of children) if (child.type === 'tag' || child.type === 'root') stack.push([child, depth + 1]);
  }
}

/** Replaces an element's descendants by their text (blocks apart by a space), iteratively. */
function flattenToText(el: Element): void {
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if (node.type === 'tag' && !REMOVE_TAGS.has((node as Element).name)) {
      if (!INLINE.has((node as Element).name)) parts.push(' ');
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  const text = new Text(parts.join(''));
  text.parent = el;
  el.children = [text];
}

function findBody(node: AnyNode): Element | null {
  if (node.type === 'tag' && (node as Element).name === 'body') return node as Element;
  const children = (node as Element).children;
  if (!children) return null;
  for (const child of children) {
    if (child.type === 'tag' || child.type === 'root') {
      const found = findBody(child);
      if (found) return found;
    }
  }
  return null;
}

function names(el: Element): string {
  const a = el.attribs;
  return `${a.class ?? ''} ${a.id ?? ''}`;
}

function isHidden(el: Element): boolean {
  const style = el.attribs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true';
}

/** Removes non-content tags, hidden elements and containers named like boilerplate. */
function prune(node: AnyNode, before: Map<Element, Info>, total: number): void {
  const children = (node as Element).children;
  if (!children) return;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'script' || child.type === 'style') {
      remove(children, i);
      continue;
    }
    if (child.type !== 'tag') continue;
    const el = child as Element;
    const name = el.name;
    if (REMOVE_TAGS.has(name) || isHidden(el)) {
      remove(children, i);
      continue;
    }
    const n = names(el);
    // A container holding most of the page's text is a wrapper, whatever it is called (broken markup nests the story in a "header").
    const wrapper = (before.get(el)?.text ?? 0) > total * 0.5;
    if (n.length > 1 && !wrapper && name !== 'body' && name !== 'a' && name !== 'html' && UNLIKELY.test(n) && !MAYBE.test(n)) {
      remove(children, i);
      continue;
    }
    if ((name === 'aside' || name === 'footer') && !wrapper && !MAYBE.test(n)) {
      remove(children, i);
      continue;
    }
    prune(el, before, total);
  }
}

function remove(children: AnyNode[], i: number): void {
  const [gone] = children.splice(i, 1);
  if (!gone) return;
  const prev = gone.prev;
  const next = gone.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  gone.parent = null;
}

/** Post-order: text, link text, commas and paragraph counts of every element. */
function measure(node: AnyNode, infos: Map<Element, Info>, inLink: boolean): Info {
  const info = zero();
  const children = (node as Element).children ?? [];
  for (const child of children) {
    if (child.type === 'text') {
      const data = (child as unknown as { data: string }).data;
      const len = collapsedLength(data);
      info.text += len;
      if (inLink) info.link += len;
      info.commas += countCommas(data);
    } else if (child.type === 'tag') {
      const el = child as Element;
      const sub = measure(el, infos, inLink || el.name === 'a');
      info.text += sub.text;
      info.link += sub.link;
      info.commas += sub.commas;
      info.paragraphs += sub.paragraphs + (el.name === 'p' ? 1 : 0);
    }
  }
  if (node.type === 'tag') infos.set(node as Element, info);
  return info;
}

function collapsedLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c) n++;
  }
  return n;
}

interface Run {
  owner: Element;
  length: number;
  commas: number;
}

/**
 * Runs of inline text: consecutive text nodes and inline elements under one
 * block parent, split at `<br><br>` and block children. Link text does not count.
 */
function inlineRuns(root: Element): Run[] {
  const runs: Run[] = [];
  const visit = (el: Element) => {
    let current: Run = { owner: el, length: 0, commas: 0 };
    let brs = 0;
    const flush = () => {
      if (current.length > 0) runs.push(current);
      current = { owner: el, length: 0, commas: 0 };
    };
    for (const child of el.children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data;
        const len = collapsedLength(data);
        if (len > 1) brs = 0;
        current.length += len;
        current.commas += countCommas(data);
      } else if (child.type === 'tag') {
        const c = child as Element;
        if (c.name === 'br') {
          brs++;
          if (brs >= 2) flush();
        } else if (INLINE.has(c.name) && !hasBlock(c)) {
          brs = 0;
          if (c.name !== 'a') {
            const t = inlineText(c);
            current.length += t.length;
            current.commas += t.commas;
          }
        } else {
          flush();
          visit(c);
        }
      }
    }
    flush();
  };
  visit(root);
  return runs;
}

function inlineText(el: Element): { length: number; commas: number } {
  let length = 0;
  let commas = 0;
  for (const child of el.children) {
    if (child.type === 'text') {
      const data = (child as unknown as { data: string }).data;
      length += collapsedLength(data);
      commas += countCommas(data);
    } else if (child.type === 'tag' && (child as Element).name !== 'a') {
      const sub = inlineText(child as Element);
      length += sub.length;
      commas += sub.commas;
    }
  }
  return { length, commas };
}

function hasBlock(el: Element): boolean {
  for (const child of el.children) {
    if (child.type === 'tag') {
      const c = child as Element;
      if (!INLINE.has(c.name) && c.name !== 'br') return true;
      if (hasBlock(c)) return true;
    }
  }
  return false;
}

function tagWeight(el: Element): number {
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.attribs.class, el.attribs.id]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  if (el.attribs.itemprop === 'articleBody') weight += 50;
  return weight;
}

/**
 * When the winner is a lone paragraph-ish child whose parent holds the rest
 * of the story, the parent is the article: climb while the parent's text is
 * mostly prose the winner does not have.
 */
function climb(best: Element, infos: Map<Element, Info>): Element {
  let el = best;
  for (let i = 0; i < 3; i++) {
    const parent = el.parent;
    if (!parent || parent.type !== 'tag' || (parent as Element).name === 'body' || (parent as Element).name === 'html') break;
    const mine = infos.get(el)!;
    const theirs = infos.get(parent as Element);
    if (!theirs) break;
    if (SCORED_CONTAINER.has(el.name) && mine.score >= theirs.score * 0.66) break;
    // The parent is taken when most of its prose (non-link text) sits in runs like ours.
    const prose = theirs.text - theirs.link;
    if (prose > (mine.text - mine.link) * 1.4 && theirs.link / Math.max(1, theirs.text) < 0.3 && theirs.score > mine.score) el = parent as Element;
    else break;
  }
  return el;
}

/**
 * When several near-best candidates (a story split into one table cell or
 * div per paragraph) share an ancestor, that ancestor is the article.
 */
function commonAncestor(best: Element, bestScore: number, runnersUp: { el: Element; score: number }[]): Element {
  const close = runnersUp.filter((c) => c.score >= bestScore * 0.75).map((c) => c.el);
  if (close.length < 2) return best;
  for (let node = best.parent; node && node.type === 'tag'; node = node.parent) {
    const el = node as Element;
    if (el.name === 'body' || el.name === 'html') break;
    let shared = 0;
    for (const c of close) {
      for (let up = c.parent; up; up = up.parent) {
        if (up === el) {
          shared++;
          break;
        }
      }
    }
    if (shared >= 2) return el;
  }
  return best;
}

/** The winner plus siblings that score near it or hold prose of their own. */
function withSiblings(best: Element, bestScore: number, infos: Map<Element, Info>): Element[] {
  const parent = best.parent;
  if (!parent || parent.type !== 'tag') return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const out: Element[] = [];
  for (const sibling of (parent as Element).children) {
    if (sibling.type !== 'tag') continue;
    const el = sibling as Element;
    if (el === best) {
      out.push(el);
      continue;
    }
    const info = infos.get(el);
    if (!info || info.text === 0) continue;
    const density = info.link / info.text;
    let bonus = 0;
    if (best.attribs.class && el.attribs.class === best.attribs.class) bonus = bestScore * 0.2;
    if ((info.score + classWeight(el)) * (1 - density) + bonus >= threshold) out.push(el);
    else if (el.name === 'p' || el.name === 'div' || el.name === 'font' || el.name === 'span') {
      if (info.text > 80 && density < 0.25) out.push(el);
      else if (info.text > 0 && info.text <= 80 && density === 0 && /[.!?]["”’)]?\s*$/.test(textOf(el))) out.push(el);
    }
  }
  return out;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Is `el` a widget or link list rather than prose? */
function dropFromOutput(el: Element, info: Info): boolean {
  if (!CONDITIONAL.has(el.name)) return false;
  if (info.text === 0) return false;
  const density = info.link / info.text;
  const weight = classWeight(el);
  if (weight < 0 && info.commas < 10) return true;
  if (info.commas >= 10) return false;
  if (density > 0.5 && info.text < 2000) return true;
  if (density > 0.25 && weight < 25 && info.text < 400 && el.name !== 'p') return true;
  if ((el.name === 'ul' || el.name === 'ol') && density > 0.2) return true;
  return false;
}

function write(root: Element, infos: Map<Element, Info>, blocks: string[], title: string | null): void {
  let line = '';
  let brs = 0;
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    line = '';
  };
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (/\S/.test(data)) brs = 0;
      line += data;
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const info = infos.get(el);
    if (el.name === 'br') {
      brs++;
      line += ' ';
      if (brs >= 1) flush();
      return;
    }
    if (el.name === 'img') return;
    if (info && el !== root && dropFromOutput(el, info)) return;
    const block = !INLINE.has(el.name);
    if (block) flush();
    if (/^h[1-6]$/.test(el.name)) {
      const text = textOf(el);
      // The headline is the title, not body text; short headings inside the body are kept.
      if (el.name === 'h1' || (title !== null && normalise(text) === title)) return;
      if (info && info.link > info.text * 0.5) return;
    }
    for (const child of el.children) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
}

function textOf(el: AnyNode): string {
  if (el.type === 'text') return (el as unknown as { data: string }).data;
  const children = (el as Element).children;
  if (!children) return '';
  let out = '';
  for (const child of children) out += textOf(child);
  return out.replace(/\s+/g, ' ').trim();
}
