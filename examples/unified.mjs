import { remark } from 'remark'
import { retext } from 'retext'
import { thankYouLint } from 'thank-you-lint/unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

const ctx = {
  interviewers: [{ name: 'Dana Whitfield', honorific: 'Ms.' }],
  company: { name: 'Acme' },
  position: 'data engineer',
}
const md =
  '# Thanks\n\nDear Ms. Whitfeld,\n\nThank you for the interview for the **data engineer** role at [Acme](https://acme.example). I enjoyed hearing about teh pipeline.\n\nBest regards,\nSam\n'
const file = await remark()
  .use(thankYouLint, ctx)
  .process(new VFile({ path: 'letter.md', value: md }))
console.log(reporter(file))
const f2 = await retext()
  .use(thankYouLint, ctx)
  .process(
    new VFile({
      path: 'letter.txt',
      value: 'Dear Ms. Whitfeld,\n\nThank you for the interview.\n\nBest,\nSam',
    }),
  )
console.log(reporter(f2))
