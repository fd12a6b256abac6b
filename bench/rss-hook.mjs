// Preloaded with `node --import ./bench/rss-hook.mjs …` so that any process (the CLI) writes its
// peak RSS in KiB to $BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
