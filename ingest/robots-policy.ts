import { createRequire } from 'node:module';
import { InputError, TransientError } from '../errors.js';

/** The parts of robots-parser's Robot we use. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (`module.exports = function`) and its typings claim a default export.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robot;

/** What fetching `/robots.txt` gave: a status and, for a 2xx, its text. */
export interface RobotsFile {
  status: number;
  text: string;
}

export interface RobotsPolicyOptions {
  /** The product token robots.txt groups are matched against (`User-agent: newsfacts`). */
  agent: string;
  /** How long a host's robots.txt is trusted before it is fetched again. */
  ttlMs: number;
  /** Ceiling on a Crawl-delay, so one host cannot stall a worker for hours. */
  maxCrawlDelayMs: number;
}

export interface RobotsPolicyDeps {
  /** Fetches a robots.txt URL (redirects followed, SSRF-guarded); throws TransientError when unreachable. */
  load: (robotsUrl: string) => Promise<RobotsFile>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

interface Entry {
  robot: Robot | null;
  expiresAt: number;
}

/**
 * robots.txt per origin: fetched once, cached until `ttlMs` passes, obeyed
 * for our agent token, Crawl-delay included (requests to one host start at
 * least that far apart, within this process; the Redis host gate spaces them
 * across processes).
 *
 * Status handling follows RFC 9309: a 4xx means no rules (everything
 * allowed); a 5xx or an unreachable robots.txt means "do not crawl yet", a
 * TransientError so the job is retried later rather than failed.
 */
export class RobotsPolicy {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly nextStart = new Map<string, number>();

  constructor(
    private readonly options: RobotsPolicyOptions,
    private readonly deps: RobotsPolicyDeps,
  ) {}

  /**
   * Waits out the host's Crawl-delay, then returns.
   * @throws InputError naming `url` when robots.txt disallows it; TransientError when robots.txt cannot be read now.
   */
  async admit(url: URL): Promise<void> {
    const robot = await this.robotFor(url);
    if (!robot) return;
    if (robot.isAllowed(url.toString(), this.options.agent) === false) {
      throw new InputError(url.toString(), `is disallowed by ${url.origin}/robots.txt for ${this.options.agent}`);
    }
    const delaySecs = robot.getCrawlDelay(this.options.agent);
    if (delaySecs === undefined || !(delaySecs > 0)) return;
    const delayMs = Math.min(delaySecs * 1_000, this.options.maxCrawlDelayMs);
    // The slot is taken synchronously, so concurrent requests queue one delay apart.
    const now = this.deps.now();
    const start = Math.max(now, this.nextStart.get(url.host) ?? 0);
    this.nextStart.set(url.host, start + delayMs);
    if (start > now) await this.deps.sleep(start - now);
  }

  private async robotFor(url: URL): Promise<Robot | null> {
    const origin = url.origin;
    const cached = this.entries.get(origin);
    if (cached) {
      const entry = await cached.catch(() => null);
      if (entry && entry.expiresAt > this.deps.now()) return entry.robot;
      if (this.entries.get(origin) === cached) this.entries.delete(origin);
    }
    let pending = this.entries.get(origin);
    if (!pending) {
      pending = this.fetchEntry(origin);
      this.entries.set(origin, pending);
      // A failure is not cached: the next request asks again.
      pending.catch(() => {
        if (this.entries.get(origin) === pending) this.entries.delete(origin);
      });
    }
    return (await pending).robot;
  }

  private async fetchEntry(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const file = await this.deps.load(robotsUrl);
    const expiresAt = this.deps.now() + this.options.ttlMs;
    if (file.status >= 200 && file.status < 300) return { robot: robotsParser(robotsUrl, file.text), expiresAt };
    if (file.status >= 400 && file.status < 500) return { robot: null, expiresAt };
    throw new TransientError(robotsUrl, `answered HTTP ${file.status}; not crawling ${origin} until it can be read`);
  }
}
