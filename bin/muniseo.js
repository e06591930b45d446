#!/usr/bin/env node
import { boundHeapGrowth } from '../dist/heap-growth.js';
import { main } from '../dist/cli/main.js';

// Before any work: the heap stays close to what is alive (see src/heap-growth.ts).
boundHeapGrowth();
process.exitCode = await main(process.argv.slice(2));
