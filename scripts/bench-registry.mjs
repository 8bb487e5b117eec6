#!/usr/bin/env node
// `npm run bench:registry -- [--scale 1,10] [--engine pglite,postgres] [--runs N]`: the registry
// benchmark (bench/registry.ts) through the shared runner (scripts/bench-engines.mjs).
import { runBench } from './bench-engines.mjs';

await runBench('registry', { scale: '1', runs: '15' });
