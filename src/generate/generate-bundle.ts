/**
 * Writes a complete, valid OneRoster 1.2 Japan Profile bulk bundle. Output is a pure function of the
 * options: the same options and seed give byte-identical files, directory or zip.
 */
import path from 'node:path';
import {
  FILES_BY_NAME,
  MANIFEST_FILE_NAME,
  MANIFEST_FILES,
  MANIFEST_HEADER,
  MANIFEST_VERSION,
  type FieldDef,
  type FileName,
} from '../model/index.js';
import { openSink, type BundleSink } from './bundle-writer.js';
import { CsvWriter, Progress } from './csv-writer.js';
import { buildPlan, type BundlePlan } from './plan.js';
import { writeEnrollments } from './rows-enrollments.js';
import { writeAcademicSessions, writeClasses, writeCourses, writeOrgs } from './rows-school.js';
import { usersFields, writeDemographics, writeRoles, writeUserProfiles, writeUsers } from './rows-users.js';
import type { UsersLayout } from './rows-users.js';

export interface GenerateOptions {
  /** Directory path, or a path ending in .zip. */
  out: string;
  schools?: number;
  /** Total across schools. */
  students?: number;
  seed?: string | number;
  /** Start year of the 年度. */
  schoolYear?: number;
  layout?: UsersLayout;
  subjectClassesPerStudent?: number;
  demographics?: boolean;
  userProfiles?: boolean;
}

export interface GenerateResult {
  out: string;
  /** Data rows (header excluded) per file, keyed by name such as `users`. */
  files: Record<string, number>;
  totalRows: number;
}

type Resolved = Required<GenerateOptions>;

const SYSTEM_NAME = 'RosterHub generator';
const ONEROSTER_VERSION = '1.2';

function resolveOptions(opts: GenerateOptions): Resolved {
  const o: Resolved = {
    out: opts.out,
    schools: opts.schools ?? 2,
    students: opts.students ?? 200,
    seed: opts.seed ?? 1,
    schoolYear: opts.schoolYear ?? 2025,
    layout: opts.layout ?? 'jp121',
    subjectClassesPerStudent: opts.subjectClassesPerStudent ?? 4,
    demographics: opts.demographics ?? true,
    userProfiles: opts.userProfiles ?? false,
  };
  const int = (name: string, v: number, min: number, max: number): void => {
    if (!Number.isInteger(v) || v < min || v > max)
      throw new RangeError(`${name} must be an integer ${min}–${max}`);
  };
  if (!o.out) throw new RangeError('out is required');
  int('schools', o.schools, 1, 100_000);
  // Zero students would leave classes.csv and enrollments.csv empty, which a bundle may not contain.
  int('students', o.students, 1, 50_000_000);
  int('schoolYear', o.schoolYear, 1950, 9999);
  int('subjectClassesPerStudent', o.subjectClassesPerStudent, 0, 100);
  if (o.layout !== 'jp12' && o.layout !== 'jp121') throw new RangeError(`unknown layout ${String(o.layout)}`);
  return o;
}

interface FileJob {
  readonly name: FileName;
  readonly fields: readonly FieldDef[];
  readonly write: (plan: BundlePlan, w: CsvWriter) => Promise<void>;
}

function fileJobs(o: Resolved): FileJob[] {
  const job = (name: FileName, write: FileJob['write'], fields = FILES_BY_NAME[name].fields): FileJob => ({
    name,
    fields,
    write,
  });
  const jobs = [
    job('academicSessions', writeAcademicSessions),
    job('orgs', writeOrgs),
    job('courses', writeCourses),
    job('classes', writeClasses),
    job('users', writeUsers, usersFields(o.layout)),
    o.userProfiles ? job('userProfiles', writeUserProfiles) : null,
    job('roles', writeRoles),
    job('enrollments', writeEnrollments),
    o.demographics ? job('demographics', writeDemographics) : null,
  ];
  return jobs.filter((j): j is FileJob => j !== null);
}

async function writeManifest(sink: BundleSink, written: ReadonlySet<string>): Promise<void> {
  const stream = sink.openEntry(MANIFEST_FILE_NAME);
  const w = new CsvWriter(stream, MANIFEST_HEADER, ['propertyName', 'value']);
  w.row({ propertyName: 'manifest.version', value: MANIFEST_VERSION });
  w.row({ propertyName: 'oneroster.version', value: ONEROSTER_VERSION });
  for (const name of MANIFEST_FILES) {
    w.row({ propertyName: `file.${name}`, value: written.has(name) ? 'bulk' : 'absent' });
  }
  w.row({ propertyName: 'source.systemName', value: SYSTEM_NAME });
  await w.flush();
  await sink.closeEntry(stream);
}

export async function generateBundle(
  opts: GenerateOptions,
  onProgress?: (rowsWritten: number) => void,
): Promise<GenerateResult> {
  const o = resolveOptions(opts);
  const plan = buildPlan(o);
  const jobs = fileJobs(o);
  const written = new Set(jobs.map((j) => j.name));
  const bundleFiles = [MANIFEST_FILE_NAME, ...MANIFEST_FILES.map((f) => `${f}.csv`)];
  // Local-time constructor: yazl stores local DOS fields, so the stored stamp is the same in every zone.
  const mtime = new Date(o.schoolYear, 3, 1);
  const sink = await openSink(o.out, bundleFiles, mtime);
  const progress = new Progress(onProgress);
  const files: Record<string, number> = {};
  try {
    await writeManifest(sink, written);
    for (const job of jobs) {
      const stream = sink.openEntry(FILES_BY_NAME[job.name].fileName);
      const w = CsvWriter.forFields(stream, job.fields, progress);
      await job.write(plan, w);
      await w.flush();
      await sink.closeEntry(stream);
      files[job.name] = w.rows;
    }
    await sink.finish([MANIFEST_FILE_NAME, ...jobs.map((j) => FILES_BY_NAME[j.name].fileName)]);
  } catch (err) {
    sink.abort(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
  progress.finish();
  return { out: path.resolve(o.out), files, totalRows: progress.rows };
}
