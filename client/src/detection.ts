// cable.detectPlainText: should a plain-text document be switched to the cable language?

import { looksLikeCable } from '../../server/src/cable/detect';

/** True for a plain-text `.txt` document whose first 80 lines look like a cable, when the setting allows it. */
export function shouldSwitchToCable(languageId: string, fileName: string, text: string, enabled: boolean): boolean {
  return enabled && languageId === 'plaintext' && /\.txt$/i.test(fileName) && looksLikeCable(text);
}
