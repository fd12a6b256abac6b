/**
 * Whether to colour the output: a `--color`/`--no-color` flag decides; then `FORCE_COLOR` (any
 * value but `0` or `false` forces colour, as in Node.js, where it wins over `NO_COLOR`); then a set,
 * non-empty `NO_COLOR` turns colour off; otherwise colour only on a terminal that is not `dumb`.
 */
export function shouldColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}
