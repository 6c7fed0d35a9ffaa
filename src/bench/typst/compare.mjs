// Times Typst (typst.ts's Node compiler, pinned by .ci/compare-typst) typesetting the reference
// bulletin to PDF in one warm process: the global cache is evicted before every compile, so no
// run reuses the layout of the one before, as no Bulletin Press render does. Prints the median.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [rootArg, modulesArg, runs = '100', warmup = '20'] = process.argv.slice(2);
const root = path.resolve(rootArg);
const modules = path.resolve(modulesArg);
const require = createRequire(path.join(modules, 'node_modules', 'x.js'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const compiler = NodeCompiler.create({ workspace: root, fontArgs: [{ fontPaths: [path.join(root, 'fonts')] }] });
const main = { mainFilePath: path.join(root, 'src/bench/typst/bulletin.typ'),
  inputs: { model: '/fixtures/aba-2020-05/jianbao/model.txt' } };
let pdf;
for (let i = 0; i < Number(warmup); i++) {
  compiler.evictCache(0);
  pdf = compiler.pdf(main);
}
const times = [];
for (let i = 0; i < Number(runs); i++) {
  compiler.evictCache(0);
  const start = process.hrtime.bigint();
  pdf = compiler.pdf(main);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
writeFileSync(path.join(modules, 'typst.pdf'), pdf);
console.log(`typst median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(1)} ms, ${pdf.length} bytes`);
