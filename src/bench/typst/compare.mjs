// Times Typst (typst.ts's Node compiler, pinned by .ci/compare-typst) typesetting the reference
// bulletin to PDF as its users run it: one long-lived compiler whose cache is kept between
// compiles and trimmed after each as Typst's own watch loop does (entries unused for 10 compiles
// are evicted), the document's data changed before every compile as `bench --vary` changes ours
// (every run of paragraphs rotated by the round, a sentence of changing common characters added to
// the first), so no compile is a replay of the one before. Prints the median.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [rootArg, modulesArg, runs = '100', warmup = '20'] = process.argv.slice(2);
const root = path.resolve(rootArg);
const modules = path.resolve(modulesArg);
const require = createRequire(path.join(modules, 'node_modules', 'x.js'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths: [path.join(root, 'fonts')] }] });
const modelPath = '/fixtures/aba-2020-05/jianbao/model.txt';
const model = readFileSync(path.join(root, modelPath), 'utf8').split('\n');
const main = { mainFilePath: path.join(root, 'src/bench/typst/bulletin.typ'), inputs: { model: modelPath } };
// the characters `bench --vary` draws its sentence from (press.cli.Workloads.COMMON)
const COMMON = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动'
  + '同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体'
  + '制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看'
  + '原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常';

/** The model of round {@code round}: each run of paragraphs rotated, a changing sentence after the first paragraph. */
function varied(round) {
  const lines = [...model];
  let sentenceAdded = false;
  for (let start = 0; start < lines.length;) {
    if (!lines[start].startsWith('p ')) { start++; continue; }
    let end = start;
    while (end < lines.length && lines[end].startsWith('p ')) end++;
    const run = lines.slice(start, end);
    const shift = round % run.length;
    const rotated = run.slice(shift).concat(run.slice(0, shift));
    if (!sentenceAdded) {
      let sentence = '';
      for (let i = 0; i < 12; i++) sentence += COMMON[(round * 13 + i * 7) % COMMON.length];
      rotated[0] += sentence + '。';
      sentenceAdded = true;
    }
    lines.splice(start, run.length, ...rotated);
    start = end;
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

let round = 0;
function compile() {
  compiler.mapShadow(path.join(root, modelPath), varied(round++));
  const pdf = compiler.pdf(main);
  compiler.evictCache(10);
  return pdf;
}

let pdf;
for (let i = 0; i < Number(warmup); i++) {
  pdf = compile();
}
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const start = process.hrtime.bigint();
  pdf = compile();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
writeFileSync(path.join(modules, 'typst.pdf'), pdf);
console.log(`typst median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(1)} ms, ${pdf.length} bytes`);
