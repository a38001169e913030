// autocannon's worker thread loads this by path (a worker cannot be handed a function): each
// request of a run takes the next path of the list the bench wrote to BENCH_ANSWER_PATHS, so
// every request answers another invitation. One worker, so one counter sees every request.
const { readFileSync } = process.getBuiltinModule('node:fs');

const paths = JSON.parse(readFileSync(process.env.BENCH_ANSWER_PATHS, 'utf8'));
let next = 0;

module.exports = (req) => ({ ...req, path: paths[next++] ?? '/missing' });
