// Bundlers for the browser have no synchronous `require`: they take the ESM
// build up front. Node uses load-compromise.node.js instead.
import compromise from 'compromise'

export function loadCompromise() {
  return compromise
}
