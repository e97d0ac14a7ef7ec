import { InputError } from '../errors.js';

/**
 * How deep a page may nest elements before it is refused. HTML parsers check
 * scope against the stack of open elements, so parsing costs depth × tags:
 * 50,000 nested tables take minutes, 5,000 nested divs overflow recursive tree
 * walks. Real pages nest a few dozen levels; a thousand is hostile or broken.
 */
export const MAX_NESTING = 1_000;

/** Elements that never hold children. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame', 'isindex']);
/**
 * Elements whose end tag is optional (or that the parser closes or ignores on
 * its own): unclosed runs of them (`<p>a<p>b`) do not nest, so they are not
 * counted. Each can only nest inside a counted container (`ul`, `table`, `dl`...).
 */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

/**
 * The deepest run of open elements in `html`, by one linear scan of its tags
 * (no parse): opening tags push, closing tags pop, void and optional-end
 * elements are not counted. An approximation of the parsed tree's depth that
 * never misses hostile nesting.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || SELF_CLOSING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * Refuses markup nested deeper than `MAX_NESTING` before it reaches the parser.
 * @throws InputError naming `input`, in one line.
 */
export function checkNesting(html: string, input: string, limit = MAX_NESTING): void {
  const depth = nestingDepth(html);
  if (depth > limit) throw new InputError(input, `nests elements ${depth} deep (limit ${limit}); refusing hostile or broken markup`);
}
