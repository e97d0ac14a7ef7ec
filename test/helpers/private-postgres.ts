/**
 * A PostgreSQL cluster of one test file's own, on a free port, that the test
 * may stop and start under running processes without disturbing the shared
 * server other suites use. Built the way `.ci/services` builds the shared one
 * (the PostgreSQL binaries of the CI image, run as `postgres` when we are root).
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function pgBin(): Promise<string> {
  const base = '/usr/lib/postgresql';
  const versions = (await readdir(base).catch(() => [] as string[])).sort((a, b) => Number(a) - Number(b));
  const latest = versions.at(-1);
  if (!latest) throw new Error(`no PostgreSQL binaries under ${base}; install PostgreSQL (as the CI image has) to run the outage tests`);
  return path.join(base, latest, 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** The server's `postgres` database, e.g. to create test databases in. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A URL to `database` on this server. */
  urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** initdb (a few seconds) and start. */
  static async create(): Promise<PrivatePostgres> {
    const bin = await pgBin();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-pg-'));
    if (process.getuid?.() === 0) await chown(dir, ...(await postgresIds()));
    const pg = new PrivatePostgres(bin, dir, await freePort());
    await pg.as(path.join(bin, 'initdb'), ['-D', pg.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
    await pg.start();
    return pg;
  }

  private get data(): string {
    return path.join(this.dir, 'data');
  }

  async start(): Promise<void> {
    const options = `-c listen_addresses=127.0.0.1 -p ${this.port} -c unix_socket_directories=${this.dir} -c fsync=off -c full_page_writes=off`;
    await this.as(path.join(this.bin, 'pg_ctl'), ['-D', this.data, '-l', path.join(this.dir, 'log'), '-w', '-t', '60', '-o', options, 'start']);
  }

  /** Stops the server; `immediate` is a crash as far as clients can tell (connections cut, no goodbye). */
  async stop(mode: 'fast' | 'immediate' = 'immediate'): Promise<void> {
    await this.as(path.join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    await this.as(path.join(this.bin, 'psql'), ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE ${name}`]);
    return this.urlOf(name);
  }

  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }

  private async as(file: string, args: string[]): Promise<void> {
    if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', file, ...args]);
    else await run(file, args);
  }
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout } = await run('id', ['postgres']);
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1]);
  return [uid, gid];
}
