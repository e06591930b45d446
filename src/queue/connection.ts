// Where the queue lives: a Redis URL (`redis://[user:password@]HOST:PORT/DB`, `rediss://` for TLS),
// turned into connection options for BullMQ and ioredis, and a probe that says in one line why
// Redis cannot be reached before anything is started.
import { Redis, type RedisOptions } from 'ioredis';

export interface QueueAddress {
  /** The URL as given (with its password, if any): what local workers are started with. */
  url: string;
  /** The URL without its password: safe to print. */
  display: string;
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
}

/** ioredis options that BullMQ accepts too (its retry strategy type admits no `null`). */
export type ConnectionSettings = Omit<RedisOptions, 'retryStrategy'> & { retryStrategy: (times: number) => number };

/** A queue URL that cannot be used: the CLI prints it as bad usage. */
export class QueueUrlError extends Error {}

/** Redis could not be reached (or is not a Redis BullMQ can use): the CLI prints it and exits 1. */
export class QueueUnavailableError extends Error {}

export function parseQueueUrl(text: string): QueueAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new QueueUrlError(`not a queue URL: "${text}" (expected redis://HOST:PORT/DB)`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new QueueUrlError(`not a Redis URL: "${text}" (expected redis://HOST:PORT/DB or rediss:// for TLS)`);
  }
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new QueueUrlError(`the database of ${text} must be a number (redis://HOST:PORT/DB)`);
  const port = url.port ? Number(url.port) : 6379;
  const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const tls = url.protocol === 'rediss:';
  return {
    url: text,
    display: `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host || host}/${db || '0'}`,
    host,
    port,
    db: db ? Number(db) : 0,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    tls,
  };
}

/**
 * Options for every connection muniseo opens. `maxRetriesPerRequest: null` is what BullMQ needs:
 * while Redis restarts, commands wait for it instead of failing, and the study goes on after.
 */
export function redisOptions(address: QueueAddress, name: string): ConnectionSettings {
  return {
    host: address.host,
    port: address.port,
    db: address.db,
    username: address.username,
    password: address.password,
    tls: address.tls ? {} : undefined,
    connectionName: name,
    maxRetriesPerRequest: null,
    // Reconnect quickly at first, then every 2 s: a restarted Redis is found again within seconds.
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
  };
}

/** Connects once, without retrying: the reason Redis is unreachable, or its version. */
export async function probeRedis(address: QueueAddress, timeoutMs = 5000): Promise<{ version: string }> {
  const client = new Redis({
    ...redisOptions(address, 'muniseo-probe'),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // connect() rejects with "Connection is closed"; the socket's error says why (ECONNREFUSED, ENOTFOUND…).
  let cause: Error | undefined;
  client.on('error', (error: Error) => (cause ??= error));
  try {
    await client.connect();
    const info = await client.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    const major = Number(version.split('.')[0]);
    if (Number.isFinite(major) && major < 5) {
      throw new QueueUnavailableError(
        `Redis at ${address.display} is version ${version}; BullMQ needs 5.0 or later (6.2 or later recommended)`,
      );
    }
    return { version };
  } catch (error) {
    if (error instanceof QueueUnavailableError) throw error;
    const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new QueueUnavailableError(`cannot reach Redis at ${address.display}: ${reason}`);
  } finally {
    client.disconnect();
  }
}
