#!/usr/bin/env node
// `npm run bench:statistics -- [--scale 1,10] [--engine pglite,postgres] [--runs N]`: the national
// forms, briefing and dashboard benchmark (bench/statistics.ts) through the shared runner
// (scripts/bench-engines.mjs).
import { runBench } from './bench-engines.mjs';

await runBench('statistics', { scale: '1,10', runs: '9' });
