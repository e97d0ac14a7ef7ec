import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { InputError } from '../errors.js';

/** One address a name resolves to, as `dns.lookup` gives it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses; injected so tests can make a public-looking name point anywhere. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (`dns.lookup`, all addresses). */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Error code put on a refused connection, so the fetcher can turn it into an InputError. */
export const FORBIDDEN_ADDRESS = 'NF_FORBIDDEN_ADDRESS';

/**
 * The SSRF guard: refuses loopback, private, link-local (cloud metadata
 * 169.254.169.254 among them), multicast, carrier-grade NAT, reserved and
 * unspecified addresses, unless the allow-list names the address, a CIDR range
 * holding it, or the host name.
 *
 * It runs inside the connection's DNS lookup (`connectLookup`), so the address
 * checked is the address connected to: a name that resolves to a public
 * address when checked and a private one when connecting cannot slip through.
 */
export class AddressGuard {
  private readonly hosts = new Set<string>();
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  /**
   * @param allow IPs (`127.0.0.1`), CIDR ranges (`10.0.0.0/8`) or host names (`intranet.example`) let through.
   * @throws InputError naming an entry that is none of these.
   */
  constructor(
    allow: readonly string[] = [],
    private readonly resolver: Resolver = systemResolver,
  ) {
    for (const entry of allow) {
      const trimmed = entry.trim().toLowerCase();
      if (trimmed === '') continue;
      if (trimmed.includes('/')) {
        try {
          this.ranges.push(ipaddr.parseCIDR(trimmed));
        } catch (cause) {
          throw new InputError(entry, 'is not a valid CIDR range for the address allow-list', { cause });
        }
      } else if (ipaddr.isValid(trimmed)) {
        const address = ipaddr.parse(trimmed);
        this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      } else {
        this.hosts.add(trimmed);
      }
    }
  }

  /** Why `address` (reached for `hostname`) is refused, or null when it may be connected to. */
  refusal(hostname: string, address: string): string | null {
    if (this.hosts.has(hostname.toLowerCase())) return null;
    let parsed: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      parsed = ipaddr.process(address); // IPv4-mapped IPv6 becomes the IPv4 address it maps
    } catch {
      return `resolves to an unparseable address ${address}`;
    }
    for (const [range, bits] of this.ranges) {
      if (range.kind() === parsed.kind() && parsed.match(range, bits)) return null;
    }
    const range = parsed.range();
    if (range === 'unicast') return null;
    return `resolves to ${address} (${range}), refused as a private address; to fetch it anyway, allow it with --allow-address ${address} (or NEWSFACTS_ALLOW_ADDRESSES)`;
  }

  /**
   * Checks an IP-literal host before connecting (Node connects to literals
   * without a lookup, so `connectLookup` never sees them).
   * @throws InputError naming `url` when the literal is refused.
   */
  checkLiteral(url: URL): void {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0) return;
    const reason = this.refusal(host, host);
    if (reason) throw new InputError(url.toString(), reason);
  }

  /** A `lookup` for `net.connect` that resolves with the injected resolver and refuses forbidden addresses. */
  readonly connectLookup: LookupFunction = (hostname, options, callback) => {
    this.resolver(hostname).then(
      (addresses) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = addresses.filter((a) => family === 0 || a.family === family);
        for (const a of usable) {
          const reason = this.refusal(hostname, a.address);
          if (reason) {
            const error = Object.assign(new Error(`${hostname} ${reason}`), { code: FORBIDDEN_ADDRESS });
            callback(error, '', 0);
            return;
          }
        }
        if (usable.length === 0) {
          callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
          return;
        }
        if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
