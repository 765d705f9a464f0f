/**
 * Fan-out latency from commit to receipt, for 1,000 websocket clients of one thread:
 * on one API instance, then split across two instances sharing one PostgreSQL.
 *   pnpm bench:live [--json] [--clients 1000] [--seconds 5]
 * Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres);
 * the servers run as child processes so the clients' parsing does not slow them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import WebSocket from 'ws';
import { createDb, migrate, type Db } from '@forum/db';
import type { LiveServerFrame } from '@forum/contracts';
import { announce, withEvents } from '../src/modules/live/outbox.ts';

const { values: args } = parseArgs({
  options: { json: { type: 'boolean', default: false }, clients: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '5' } },
});
const CLIENTS = Number(args.clients);
const STEADY_PER_SECOND = 20;
const BURST = 100;
const ORIGIN = 'http://bench.test';
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const server = fileURLToPath(new URL('../src/server.ts', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: Number(percentile(sorted, 50).toFixed(1)), p99Ms: Number(percentile(sorted, 99).toFixed(1)), samples: sorted.length };
};

async function startInstance(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', server], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', PUBLIC_ORIGIN: ORIGIN, DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await sleep(200);
  }
  child.kill();
  throw new Error(`instance on port ${port} did not start`);
}

/** Connects the clients round-robin over the instances and subscribes each to the topic. */
async function connectClients(ports: number[], topic: string, onEvent: (commentId: string, at: number) => void): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < CLIENTS; start += 100) {
    const group = Array.from({ length: Math.min(100, CLIENTS - start) }, (_, i) => {
      const socket = new WebSocket(`ws://127.0.0.1:${ports[(start + i) % ports.length]}/api/live`, { headers: { origin: ORIGIN } });
      return new Promise<WebSocket>((resolve, reject) => {
        socket.on('message', (data) => {
          // Plain JSON.parse: validating here would measure the benchmark's own clients.
          const frame = JSON.parse(String(data)) as LiveServerFrame;
          if (frame.type === 'subscribed') resolve(socket);
          for (const f of frame.type === 'batch' ? frame.frames : frame.type === 'event' ? [frame] : []) {
            if ('commentId' in f.event) onEvent(f.event.commentId, performance.now());
          }
        });
        socket.once('open', () => socket.send(JSON.stringify({ type: 'subscribe', topic })));
        socket.once('error', reject);
      });
    });
    sockets.push(...(await Promise.all(group)));
  }
  return sockets;
}

async function scenario(db: Db, ports: number[], seconds: number) {
  const threadId = crypto.randomUUID();
  const committedAt = new Map<string, number>();
  const receipts = new Map<string, number[]>();
  const sockets = await connectClients(ports, `thread:${threadId}`, (commentId, at) => {
    const list = receipts.get(commentId);
    if (list) list.push(at);
    else receipts.set(commentId, [at]);
  });
  const publish = async () => {
    const commentId = crypto.randomUUID();
    await withEvents(db, (tx) => announce(tx, `thread:${threadId}`, { type: 'comment.published', threadId, commentId, parentId: null }));
    committedAt.set(commentId, performance.now());
    return commentId;
  };

  // Warm up the instances' code paths and connections before measuring.
  for (let i = 0; i < STEADY_PER_SECOND; i++) {
    void publish();
    await sleep(1000 / STEADY_PER_SECOND);
  }
  const steadyIds: string[] = [];
  for (let i = 0; i < STEADY_PER_SECOND * seconds; i++) {
    void publish().then((id) => steadyIds.push(id));
    await sleep(1000 / STEADY_PER_SECOND);
  }
  await sleep(1000);
  const burstIds = await Promise.all(Array.from({ length: BURST }, publish));
  await sleep(2000);
  for (const socket of sockets) socket.terminate();
  // Another commit's wake-up can deliver an event before its own writer has seen the commit: that counts as 0 ms.
  const latencies = (ids: string[]) => ids.flatMap((id) => (receipts.get(id) ?? []).map((at) => Math.max(0, at - committedAt.get(id)!)));
  const steady = latencies(steadyIds);
  const burst = latencies(burstIds);
  const expected = CLIENTS * (steadyIds.length + burstIds.length);
  return { steady: summary(steady), burst: summary(burst), delivered: steady.length + burst.length, expected };
}

async function main() {
  const name = `forum_bench_live_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: 'postgres', url: url.toString(), poolSize: 20 });
  const children: ChildProcess[] = [];
  try {
    await migrate(handle);
    children.push(await startInstance(url.toString(), 4801), await startInstance(url.toString(), 4802));
    const seconds = Number(args.seconds);
    const one = await scenario(handle.db, [4801], seconds);
    const two = await scenario(handle.db, [4801, 4802], seconds);
    const result = {
      fanout: { clients: CLIENTS, oneInstance: one.steady, twoInstances: two.steady, burst: two.burst, oneInstanceBurst: one.burst },
      delivered: { oneInstance: `${one.delivered}/${one.expected}`, twoInstances: `${two.delivered}/${two.expected}` },
    };
    if (args.json) console.log(JSON.stringify(result));
    else {
      console.log(`fan-out to ${CLIENTS} clients, commit to receipt (${STEADY_PER_SECOND}/s for ${seconds}s, then a burst of ${BURST})`);
      console.log(`  one instance   steady p50 ${one.steady.p50Ms} ms  p99 ${one.steady.p99Ms} ms   burst p99 ${one.burst.p99Ms} ms   delivered ${result.delivered.oneInstance}`);
      console.log(`  two instances  steady p50 ${two.steady.p50Ms} ms  p99 ${two.steady.p99Ms} ms   burst p99 ${two.burst.p99Ms} ms   delivered ${result.delivered.twoInstances}`);
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await handle.close();
    await sleep(500);
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

await main();
