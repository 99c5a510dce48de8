// Builds small cables for rule and feature tests: a well-formed CONFIDENTIAL cable, with parts replaced.

import { joinLines } from './text';

export interface CableParts {
  /** Lines before the banner: a routing header or a partial-extract note with its date-time group. */
  preamble?: string[];
  banner?: string | null;
  captions?: string[];
  eo?: string | null;
  tags?: string | null;
  subject?: string | null;
  ref?: string | null;
  classifiedBy?: string | null;
  body?: string[];
  signature?: string | null;
}

/** A dated full cable: 20 Jan 2004 12:47 UTC, from Ankara. */
export const ROUTING_2004 = ['O 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO SECSTATE WASHDC IMMEDIATE 1234', ''];

/** The text of a cable; every part has a well-formed default, `null` leaves a part out. */
export function makeCable(parts: CableParts = {}): string {
  const lines: string[] = [...(parts.preamble ?? ROUTING_2004)];
  const banner = parts.banner === undefined ? 'C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 000348' : parts.banner;
  if (banner !== null) lines.push(banner, '');
  const captions = parts.captions ?? ['SIPDIS'];
  if (captions.length) lines.push(...captions, '');
  const eo = parts.eo === undefined ? 'E.O. 12958: DECL: 01/07/2014' : parts.eo;
  if (eo !== null) lines.push(eo);
  const tags = parts.tags === undefined ? 'TAGS: PREL PGOV TU' : parts.tags;
  if (tags !== null) lines.push(tags);
  const subject = parts.subject === undefined ? 'SUBJECT: TURKISH VIEWS ON IRAQ' : parts.subject;
  if (subject !== null) lines.push(subject);
  if (parts.ref) lines.push(parts.ref);
  lines.push('');
  const classifiedBy = parts.classifiedBy === undefined ? 'Classified By: Ambassador Eric Edelman for reasons 1.4 (b) and (d).' : parts.classifiedBy;
  if (classifiedBy !== null) lines.push(classifiedBy, '');
  lines.push(...(parts.body ?? ['1. (C) Summary: The minister agreed. End Summary.', '', '2. (C) Second paragraph.']));
  const signature = parts.signature === undefined ? 'EDELMAN' : parts.signature;
  if (signature !== null) lines.push(signature);
  return joinLines(...lines);
}
