// autocannon's worker thread loads this by path (a worker cannot be handed a function): each
// request of a run takes the next entry of the list the bench wrote to BENCH_ANSWER_PATHS, so
// every request answers another invitation. One worker, so one counter sees every request.
// An entry is a path (the run's one body is sent) or [path, body]: a load with a mix of scores.
const { readFileSync } = process.getBuiltinModule('node:fs');

const paths = JSON.parse(readFileSync(process.env.BENCH_ANSWER_PATHS, 'utf8'));
let next = 0;

module.exports = (req) => {
  const entry = paths[next++] ?? '/missing';
  return typeof entry === 'string' ? { ...req, path: entry } : { ...req, path: entry[0], body: entry[1] };
};
