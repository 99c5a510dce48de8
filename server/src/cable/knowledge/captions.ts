// What captions and handling lines mean, for hover and completion.

/** What each caption means, for hover and completion (WikiLeaks PlusD handling-restrictions table; 5 FAH-2 H-440). */
export const CAPTION_MEANINGS: Record<string, string> = {
  SIPDIS: 'SIPRNet distribution: the cable is copied to a State database that USG users reach on ClassNet and SIPRNet (described in State guidance of December 2005, 05 STATE 226504; cables carry it from earlier years too).',
  NOFORN: 'No foreign distribution: not releasable to foreign nationals.',
  SENSITIVE: 'Sensitive but unclassified (SBU): administratively controlled information.',
  'SENSITIVE BUT UNCLASSIFIED': 'Administratively controlled information that is not classified.',
  SBU: 'Sensitive but unclassified: administratively controlled information.',
  'FOR OFFICIAL USE ONLY': 'For official use only (FOUO): unclassified information withheld from public release.',
  FOUO: 'For official use only: unclassified information withheld from public release.',
  ORCON: 'Originator controlled: further dissemination needs the originator’s approval.',
  PROPIN: 'Proprietary information involved.',
  NOCONTRACT: 'Not releasable to contractors.',
  NODIS: 'No distribution other than to the persons indicated.',
  EXDIS: 'Exclusive distribution only.',
  LIMDIS: 'Limited distribution only.',
  STADIS: 'State Department distribution only.',
  CHEROKEE: 'Reserved for messages involving the Secretary and senior White House officials.',
  ROGER: 'ROGER channel caption.',
  'CORRECTED COPY': 'This transmission corrects an earlier one.',
  EFTO: 'Encrypted for transmission only: unclassified, sent encrypted.',
  'DIPLOMATIC SECURITY': 'Diplomatic Security channel.',
  TERREP: 'Terrorism report.',
  'MINIMIZE CONSIDERED': 'The sender weighed the MINIMIZE order in force (telegram traffic kept to the essential, as in a crisis) and sent the message all the same.',
};

/**
 * What each caveat of a banner or portion marking stands for, in a few words: the expansions of the abbreviations
 * (the handling captions as in the table above; FGI, REL, LES and the control systems SI, TK, HCS as the US marking
 * system spells them out).
 */
export const CAVEAT_GLOSSES: Record<string, string> = {
  NOFORN: 'not releasable to foreign nationals',
  SBU: 'sensitive but unclassified',
  FOUO: 'for official use only',
  ORCON: 'originator controlled',
  PROPIN: 'proprietary information',
  NOCONTRACT: 'not releasable to contractors',
  EFTO: 'encrypted for transmission only',
  FGI: 'foreign government information',
  REL: 'releasable to the countries named',
  LES: 'law enforcement sensitive',
  SI: 'special intelligence',
  TK: 'TALENT KEYHOLE',
  HCS: 'HUMINT control system',
};

/** `FGI (foreign government information), NOFORN (not releasable to foreign nationals)`. */
export function glossCaveats(caveats: readonly string[]): string {
  return caveats.map((c) => (CAVEAT_GLOSSES[c] ? `${c} (${CAVEAT_GLOSSES[c]})` : c)).join(', ');
}
