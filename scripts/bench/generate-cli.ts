// node .dossier-bench/bench-generate.js <root> <seed> <size>: writes the seeded corpus, prints its folder.
import { generatedCorpus } from './corpus';

const [root, seed, size] = process.argv.slice(2);
process.stdout.write(generatedCorpus(root, Number(seed), Number(size)) + '\n');
