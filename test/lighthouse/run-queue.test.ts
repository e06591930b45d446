// Which waiting run a free worker of the lane takes (src/lighthouse/run-queue.ts), with runs that end
// when the test says: the page of the site the worker has audited least, the oldest among equals.
import { describe, expect, it } from 'vitest';
import { rememberedOrigins, RunQueue } from '../../src/lighthouse/run-queue.js';

const townA = 'https://www.ville-a.example';
const townB = 'https://www.ville-b.example';
const townC = 'https://www.ville-c.example';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A queue of `slots` workers whose runs end on `finish(name)`; `started` lists "name@slot" in order. */
function lane(slots: number) {
  const queue = new RunQueue(slots);
  const started: string[] = [];
  const endings = new Map<string, (outcome: Error | undefined) => void>();
  const add = (name: string, origin: string | undefined) =>
    queue.add(origin, (slot) => {
      started.push(`${name}@${slot}`);
      return new Promise<string>((resolve, reject) => endings.set(name, (error) => (error ? reject(error) : resolve(`${name} done`))));
    });
  /** Ends run `name` (started by then) and lets the queue hand out what it frees. */
  const finish = async (name: string, error?: Error) => {
    await settle();
    const end = endings.get(name);
    if (!end) throw new Error(`${name} has not started`);
    end(error);
    await settle();
  };
  return { queue, started, add, finish };
}

describe('the lane’s queue of runs', () => {
  it('hands a free worker the page of a site it has not audited, ahead of older pages of its own sites', async () => {
    const { started, add, finish } = lane(1);
    const runs = [add('A home', townA), add('A mairie', townA), add('A contact', townA), add('B home', townB)];
    await finish('A home');
    await finish('B home');
    expect(started).toEqual(['A home@0', 'B home@0', 'A mairie@0']);
    await finish('A mairie');
    await finish('A contact');
    await expect(Promise.all(runs)).resolves.toEqual(['A home done', 'A mairie done', 'A contact done', 'B home done']);
  });

  it('spreads the pages of each site over the workers', async () => {
    const { started, add, finish } = lane(3);
    for (const town of [townA, townB, townC])
      for (const page of ['home', 'mairie', 'contact']) void add(`${town.slice(-9, -8)} ${page}`, town);
    // The first worker ends twice before the others: in the order of arrival, it would take a second
    // page of site b; it takes site c's instead.
    for (const name of ['a home', 'b home', 'a mairie', 'a contact', 'b mairie', 'b contact']) await finish(name);
    const sitesBySlot = new Map<string, string[]>();
    for (const entry of started) {
      const [name, slot] = entry.split('@') as [string, string];
      sitesBySlot.set(slot, [...(sitesBySlot.get(slot) ?? []), name.split(' ')[0] as string]);
    }
    expect(started).toHaveLength(9);
    for (const sites of sitesBySlot.values()) expect(new Set(sites).size).toBe(sites.length);
  });

  it.each([
    { replacedFor: undefined, next: 'A mairie@0', why: 'has audited nothing: the oldest page goes first' },
    { replacedFor: townA, next: 'B home@0', why: 'was replaced for a page of site A: the page of site B goes first' },
  ])('forgets what a replaced worker audited: the new one $why', async ({ replacedFor, next }) => {
    const { queue, started, add, finish } = lane(1);
    void add('A home', townA);
    void add('A mairie', townA);
    void add('B home', townB);
    queue.forget(0, replacedFor);
    await finish('A home');
    expect(started).toEqual(['A home@0', next]);
  });

  it('forgets a site once its worker has been handed the pages of as many other sites as it remembers', async () => {
    const { started, add, finish } = lane(1);
    void add('A home', townA);
    for (let town = 0; town < rememberedOrigins; town += 1) void add(`town ${town}`, `https://www.ville-${town}.example`);
    void add('A mairie', townA);
    void add('B home', townB);
    await finish('A home');
    // Every other site's page first: the worker has audited none of them.
    for (let town = 0; town < rememberedOrigins; town += 1) await finish(`town ${town}`);
    // A's home page was a hundred sites ago: forgotten, A's page is as new to the worker as B's, and older.
    expect(started.slice(-1)).toEqual(['A mairie@0']);
  });

  it('rejects the run that threw and goes on with the others; onIdle waits for the runs handed out', async () => {
    const { queue, started, add, finish } = lane(1);
    const failing = expect(add('A home', townA)).rejects.toThrow('worker died');
    const next = add('B home', townB);
    await finish('A home', new Error('worker died'));
    await failing;
    expect(started).toEqual(['A home@0', 'B home@0']);
    let idle = false;
    const waiting = queue.onIdle().then(() => (idle = true));
    await settle();
    expect(idle).toBe(false);
    await finish('B home');
    await waiting;
    await expect(next).resolves.toBe('B home done');
    expect(idle).toBe(true);
  });
});
