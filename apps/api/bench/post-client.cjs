// autocannon's setupClient for its worker thread (it must be a CommonJS file): each connection
// posts as its own member, from BENCH_POST_HEADERS (a JSON list of header sets).
const headerSets = JSON.parse(process.env.BENCH_POST_HEADERS || '[{}]');
let next = 0;
module.exports = (client) => {
  client.setHeaders(headerSets[next++ % headerSets.length]);
};
