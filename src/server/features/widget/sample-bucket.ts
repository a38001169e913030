import { createHash } from 'node:crypto';

/**
 * A visitor's fixed place (0–99) in a survey's sample. Hashing contact and survey together keeps
 * a visitor in or out of one survey on every page view, while being in the 10 % of one survey
 * says nothing about the next one.
 */
export function sampleBucket(contactId: string, surveyId: string): number {
  return createHash('sha256').update(`${surveyId}:${contactId}`).digest().readUInt32BE(0) % 100;
}

/** 100 % takes everyone; 1 % takes the visitors in bucket 0. */
export function isInSample(contactId: string, surveyId: string, samplePercent: number): boolean {
  return sampleBucket(contactId, surveyId) < samplePercent;
}
