import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/** Startup codes of the PostgreSQL wire protocol (the second int32 of an untyped first message). */
const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
/** A frontend message larger than this is refused (PostgreSQL's own limit for most messages is 1 GB; ours are small). */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** `AuthenticationCleartextPassword`: the server asks for the password in the clear (loopback only). */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);
/** `Sync`, sent for a client that left mid-batch. */
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

export interface PgliteWireServerOptions {
  /** Loopback address to listen on. @defaultValue '127.0.0.1' */
  host?: string;
  /** TCP port; 0 picks a free one. @defaultValue 0 */
  port?: number;
  /** The password clients must send (cleartext over loopback); the endpoint file that holds it is readable by its owner only. */
  password: string;
}

/**
 * The PostgreSQL wire protocol in front of an embedded PGlite, so that other
 * processes (the CLI beside `newsfacts serve`) reach the store that this
 * process holds, with `pg`, as they would a PostgreSQL server.
 *
 * PGlite has one session. A client gets it exclusively from its first message
 * until PGlite answers `ReadyForQuery` with status idle: a whole extended-query
 * batch (Parse … Sync) or a whole transaction (BEGIN … COMMIT), never
 * interleaved with another client's or with this process's own queries (the
 * session is held through PGlite's own transaction and query locks, which
 * `query`, `exec` and `transaction` take too). `@electric-sql/pglite-socket`
 * does the same job but arbitrates per message, which interleaves concurrent
 * extended-protocol batches (electric-sql/pglite#1046), and it pins exact
 * versions of PGlite and seven extension packages as peers.
 *
 * Connecting never waits for the session: the password is checked here, and
 * PGlite's answer to a startup message (its parameters) is taken once at
 * listen and replayed. A client that disconnects while holding the session has
 * its batch ended (`Sync`) and its transaction rolled back before the next one
 * gets it.
 * `Terminate` closes the client's socket; it never reaches PGlite.
 */
export class PgliteWireServer {
  private readonly sessions = new Set<WireSession>();

  private constructor(
    private readonly server: Server,
    /** The address clients connect to. */
    readonly host: string,
    readonly port: number,
  ) {}

  static async listen(pg: PGlite, options: PgliteWireServerOptions): Promise<PgliteWireServer> {
    const host = options.host ?? '127.0.0.1';
    const password = Buffer.from(options.password);
    // PGlite answers a startup message with its session's parameters and changes nothing, and a client
    // may not wait for the session to connect (pg's connect timeout): the answer is taken once, here.
    const hello = Buffer.from(await pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => pg.execProtocolRaw(new Uint8Array(startupMessage())))));
    let wire: PgliteWireServer | undefined;
    const server = createServer((socket) => {
      if (!wire) return void socket.destroy();
      const session = new WireSession(socket, pg, password, hello, () => wire!.sessions.delete(session));
      wire.sessions.add(session);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // Later listener errors (none expected on a bound loopback socket) must not crash the process.
    server.on('error', () => {});
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error(`PgliteWireServer: no TCP address on ${host}`);
    wire = new PgliteWireServer(server, host, address.port);
    return wire;
  }

  /** Stops accepting, disconnects every client and waits until none holds the session. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.all([...this.sessions].map((session) => session.end()));
    await closed;
  }
}

/** One client connection. Its messages run in arrival order, one at a time. */
class WireSession {
  private input: Buffer = Buffer.alloc(0);
  private phase: 'startup' | 'password' | 'ready' = 'startup';
  private work: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  private readonly reply = new ReadyScanner();
  private ended = false;

  constructor(
    private readonly socket: Socket,
    private readonly pg: PGlite,
    private readonly password: Buffer,
    /** PGlite's answer to a startup message: AuthenticationOk, its parameters, BackendKeyData, ReadyForQuery. */
    private readonly hello: Buffer,
    private readonly onGone: () => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.input = this.input.length === 0 ? chunk : Buffer.concat([this.input, chunk]);
      this.work = this.work.then(() => this.drain()).catch(() => this.destroy());
    });
    // A client's socket error (reset, EPIPE) ends that client only.
    socket.on('error', () => {});
    socket.on('close', () => {
      this.work = this.work.then(() => this.cleanUp()).finally(onGone);
    });
  }

  /** Disconnects the client and resolves once the session is handed back. */
  async end(): Promise<void> {
    this.destroy();
    await this.work.then(() => this.cleanUp());
  }

  private destroy(): void {
    this.ended = true;
    this.socket.destroy();
  }

  private async drain(): Promise<void> {
    while (!this.ended) {
      if (this.phase !== 'ready' && this.phase !== 'password') {
        if (!this.handshake()) return;
        continue;
      }
      if (this.input.length < 5) return;
      const length = this.input.readInt32BE(1);
      if (length < 4 || length > MAX_MESSAGE_BYTES) return this.destroy();
      if (this.input.length < 1 + length) return;
      const message = this.input.subarray(0, 1 + length);
      this.input = this.input.subarray(1 + length);
      const type = String.fromCharCode(message[0]!);
      if (this.phase === 'password') {
        this.checkPassword(type, message);
        continue;
      }
      if (type === 'X') return this.destroy();
      await this.forward(message);
    }
  }

  /** The untyped first messages: SSL and GSS requests are declined, a cancel request is ignored, a startup message asks for the password. */
  private handshake(): boolean {
    if (this.input.length < 8) return false;
    const length = this.input.readInt32BE(0);
    const code = this.input.readInt32BE(4);
    if (length < 8 || length > 10_000) {
      this.destroy();
      return false;
    }
    if (this.input.length < length) return false;
    this.input = this.input.subarray(length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write('N');
      return true;
    }
    if (code !== PROTOCOL_3) {
      // A cancel request (unsupported: PGlite cannot interrupt a statement) or an unknown protocol.
      if (code !== CANCEL_REQUEST) this.socket.write(errorResponse('08P01', 'unsupported frontend protocol'));
      this.destroy();
      return false;
    }
    this.phase = 'password';
    this.socket.write(ASK_PASSWORD);
    return true;
  }

  private checkPassword(type: string, message: Buffer): void {
    // PasswordMessage: 'p', length, the password NUL-terminated.
    const given = type === 'p' ? message.subarray(5, message.length - 1) : Buffer.alloc(0);
    if (given.length !== this.password.length || !timingSafeEqual(given, this.password)) {
      this.socket.write(errorResponse('28P01', 'password authentication failed'));
      this.destroy();
      return;
    }
    this.phase = 'ready';
    this.socket.write(this.hello);
  }

  /** Runs one frontend message on PGlite, holding the session until PGlite is idle again. */
  private async forward(message: Buffer): Promise<void> {
    await this.acquire();
    this.reply.status = null;
    await this.pg.execProtocolRawStream(new Uint8Array(message), {
      onRawData: (data) => {
        this.reply.scan(data);
        if (!this.ended) this.socket.write(Buffer.from(data));
      },
    });
    if (this.reply.status === 'I') this.unlock();
  }

  private async acquire(): Promise<void> {
    if (this.release) return;
    await new Promise<void>((held) => {
      void this.pg._runExclusiveTransaction(() =>
        this.pg._runExclusiveQuery(
          () =>
            new Promise<void>((release) => {
              this.release = release;
              held();
            }),
        ),
      );
    });
  }

  private unlock(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }

  /** After the client left: end its batch and roll back its transaction if it held the session. */
  private async cleanUp(): Promise<void> {
    if (!this.release) return;
    try {
      if (!this.pg.closed) {
        await this.pg.execProtocolRaw(new Uint8Array(SYNC));
        if (this.pg.isInTransaction()) await this.pg.execProtocolRaw(new Uint8Array(simpleQuery('ROLLBACK')));
      }
    } finally {
      this.unlock();
    }
  }
}

/** Follows backend messages across chunks and remembers the status byte of the last `ReadyForQuery`. */
class ReadyScanner {
  status: 'I' | 'T' | 'E' | null = null;
  private header: number[] = [];
  private type = 0;
  private remaining = 0;

  scan(data: Uint8Array): void {
    let i = 0;
    while (i < data.length) {
      if (this.remaining > 0) {
        if (this.type === 0x5a) this.status = String.fromCharCode(data[i]!) as 'I' | 'T' | 'E';
        const n = Math.min(this.remaining, data.length - i);
        i += n;
        this.remaining -= n;
        continue;
      }
      this.header.push(data[i++]!);
      if (this.header.length === 5) {
        const [type, a, b, c, d] = this.header as [number, number, number, number, number];
        this.type = type;
        this.remaining = ((a << 24) | (b << 16) | (c << 8) | d) - 4;
        this.header = [];
      }
    }
  }
}

/** The startup message of protocol 3.0 for user and database `postgres` (PGlite has no others). */
function startupMessage(): Buffer {
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(PROTOCOL_3, 4);
  return Buffer.concat([head, params]);
}

function simpleQuery(sql: string): Buffer {
  const body = Buffer.from(`${sql}\0`);
  const head = Buffer.alloc(5);
  head.write('Q', 0);
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

function errorResponse(sqlstate: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0C${sqlstate}\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}
