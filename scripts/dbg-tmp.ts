import { lintThankYou } from '../src/index.js'
const context = { interviewers: [{ name: 'Dana Ruiz' }], company: { name: 'Northwind Logistics' }, position: 'Operations Coordinator' }
for (const s of process.argv.slice(2)) {
  const r = lintThankYou(`Dear Dana,\n\n${s}\n\nBest regards,\nSam Lee`, context)
  console.log(s, JSON.stringify(r.coverage.specifics), JSON.stringify(r.coverage.interest))
}
