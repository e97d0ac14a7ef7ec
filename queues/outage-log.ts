import type { Logger } from 'pino';
import type { Service } from '../errors.js';

/**
 * Says once that a service went away and once that it is back, however many
 * jobs and reconnect attempts run into the outage in between: a worker waiting
 * out a restart logs two lines, not one per retry.
 */
export class OutageLog {
  private readonly down_ = new Map<Service, number>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that `service` is unreachable; warns only on the first report of an outage. */
  down(service: Service, message: string): void {
    if (this.down_.has(service)) return;
    this.down_.set(service, this.now());
    this.logger.warn({ service }, `${service} unreachable, waiting for it: ${message}`);
  }

  /** Records that `service` answers again; says so if it had been reported down. */
  up(service: Service): void {
    const since = this.down_.get(service);
    if (since === undefined) return;
    this.down_.delete(service);
    this.logger.warn({ service, downMs: this.now() - since }, `${service} is back; resuming`);
  }

  isDown(service: Service): boolean {
    return this.down_.has(service);
  }
}
