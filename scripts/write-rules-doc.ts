// `npm run docs`: writes docs/rules.md from the rules.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderRulesDoc } from '../server/src/cable/lint/doc';

declare const __SCRIPT_DIR__: string;
const target = path.resolve(__SCRIPT_DIR__, '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
