// Preloaded into the command by cli-batch.mjs: reports the process's peak resident memory and
// CPU time on exit (CPU time says more than wall time on a machine shared with other work).
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(`peak-rss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`)
})
