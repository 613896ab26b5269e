/**
 * Personal attributes of students and staff, recomputed from (seed, kind, index) wherever needed,
 * so users.csv, roles.csv, enrollments.csv and demographics.csv agree without storing users.
 */
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './names.js';
import { Rng, Stream, seedFor } from './prng.js';

export type PersonKind = 'student' | 'staff';

export interface Person {
  readonly sourcedId: string;
  readonly masterId: string;
  readonly familyName: string;
  readonly familyKana: string;
  readonly givenName: string;
  readonly givenKana: string;
  readonly sex: 'male' | 'female';
  /** Raw draw behind the birth date; `birthDate()` maps it into the person's range. */
  readonly birthDraw: number;
}

/** Birth dates fall uniformly on `days` days starting at `startMs` (UTC midnight). */
export interface BirthRange {
  readonly startMs: number;
  readonly days: number;
}

const DAY_MS = 86_400_000;

const range = (from: number, to: number): BirthRange => ({ startMs: from, days: (to - from) / DAY_MS + 1 });

/**
 * Pupils of school year `yearsOfSchooling` (1 = 小1, 7 = 中1) in 年度 `schoolYear`: a Japanese school year
 * gathers children born from 2 April to 1 April of the next year.
 */
export function pupilBirthRange(schoolYear: number, yearsOfSchooling: number): BirthRange {
  const first = schoolYear - 6 - yearsOfSchooling;
  return range(Date.UTC(first, 3, 2), Date.UTC(first + 1, 3, 1));
}

/** Adults aged `minAge`…`maxAge` on 1 April of the school year. */
export function adultBirthRange(schoolYear: number, minAge: number, maxAge: number): BirthRange {
  return range(Date.UTC(schoolYear - maxAge - 1, 3, 2), Date.UTC(schoolYear - minAge, 3, 1));
}

const streamOf = (kind: PersonKind): typeof Stream.student | typeof Stream.staff =>
  kind === 'student' ? Stream.student : Stream.staff;

/** Re-used across calls: the draws below are the whole per-person state. */
const rng = new Rng(0);

/** sourcedId only: the first draws of the person's sequence, cheaper than `person()`. */
export function personId(base: number, kind: PersonKind, index: number): string {
  return rng.reseed(seedFor(base, streamOf(kind), index)).uuid();
}

export function person(base: number, kind: PersonKind, index: number): Person {
  rng.reseed(seedFor(base, streamOf(kind), index));
  const sourcedId = rng.uuid();
  const masterId = rng.uuid();
  const sex = rng.int(2) === 0 ? 'male' : 'female';
  const family = rng.pick(FAMILY_NAMES);
  const given = rng.pick(sex === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  const birthDraw = rng.next();
  return {
    sourcedId,
    masterId,
    familyName: family.kanji,
    familyKana: family.kana,
    givenName: given.kanji,
    givenKana: given.kana,
    sex,
    birthDraw,
  };
}

export function birthDate(p: Person, birth: BirthRange): string {
  const day = Math.floor((p.birthDraw / 0x1_0000_0000) * birth.days);
  return new Date(birth.startMs + day * DAY_MS).toISOString().slice(0, 10);
}
