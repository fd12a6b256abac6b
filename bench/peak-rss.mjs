// Preloaded into the command by cli-batch.mjs: reports the process's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`)
})
