// A process that stops a process group with a ProcessFreezer and gets killed by the test (SIGKILL: no
// handler runs, only the freezer's guardian is left to resume the group).
// Usage: node <typescript flags> freezer-host.ts
import { spawn } from 'node:child_process';
import { ProcessFreezer } from '../../src/lighthouse/process-freezer.js';

const freezer = ProcessFreezer.start() as ProcessFreezer;
// A group of its own, as a lane's worker is.
const sleeper = spawn('sleep', ['120'], { detached: true, stdio: 'ignore' });
const group = sleeper.pid as number;
freezer.register(group);
freezer.stop(group);
process.stdout.write(`stopped ${group}\n`);
setInterval(() => undefined, 60_000);
