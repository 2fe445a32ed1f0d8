// jieba-rs (through @node-rs/jieba) on bench/peers.sh's line protocol: UTF-8 stdin, lines end at '\n' and
// lose one trailing '\r', each line's tokens (accurate mode, HMM on) written to stdout joined by " / ".
// Usage: node jieba_rs.mjs NODE_MODULES_DIR < input > output
import { createRequire } from 'node:module';
import { writeSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.argv[2], 'noop.js'));
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);

// Output is gathered into ~1 MB strings and written synchronously, so the cost is jieba's, not stdout's.
let out = [];
let outLength = 0;
const flush = () => { if (out.length) { writeSync(1, out.join('')); out = []; outLength = 0; } };
const emit = (line) => {
  if (line.endsWith('\r')) line = line.slice(0, -1);
  const s = jieba.cut(line, true).join(' / ') + '\n';
  out.push(s);
  outLength += s.length;
  if (outLength > 1 << 20) flush();
};

let pending = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) {
  const text = pending + chunk;
  let start = 0;
  let nl;
  while ((nl = text.indexOf('\n', start)) >= 0) {
    emit(text.slice(start, nl));
    start = nl + 1;
  }
  pending = text.slice(start);
}
if (pending.length > 0) emit(pending);
flush();
