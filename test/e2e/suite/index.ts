// The mocha runner the extension host loads (the same shape @vscode/test-electron expects): run() → Promise.

import Mocha from 'mocha';

declare const __SUITE_FILES__: string[];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of __SUITE_FILES__) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
