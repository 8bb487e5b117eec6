/**
 * Import jobs kept in this process's memory: enough for one server (PGlite, or one instance on
 * PostgreSQL). A restart forgets them (the data written is in the database and the audit log, the
 * progress is lost), and behind a load balancer a job is only known to the instance that runs
 * it. Finished jobs are kept for a few hours for the uploader to read the result.
 */
import { randomUUID } from 'node:crypto';
import type { ImportJob, ImportKind, ImportPhase, ImportProblem, ImportStatus } from './contract';
import { PROBLEMS_SHOWN } from './contract';

export type JobRecord = {
  id: string;
  /** The uploader (user id), or null for the system. */
  ownerId: string | null;
  kind: ImportKind;
  fileName: string | null;
  status: ImportStatus;
  phase: ImportPhase;
  total: number;
  done: number;
  created: number | null;
  problems: ImportProblem[];
  rowsWithProblems: number;
  message: { vi: string; en: string } | null;
  startedAt: Date;
  finishedAt: Date | null;
  rowsPerSecond: number | null;
};

const KEEP_MS = 6 * 3_600_000;
const MAX_JOBS = 500;

export function createJobStore(clock: () => Date) {
  const jobs = new Map<string, JobRecord>();

  function prune() {
    const now = clock().getTime();
    for (const [id, job] of jobs) {
      if (job.finishedAt && now - job.finishedAt.getTime() > KEEP_MS) jobs.delete(id);
    }
    // Oldest finished first, never a running job.
    const finished = [...jobs.values()].filter((j) => j.finishedAt).sort((a, b) => +a.startedAt - +b.startedAt);
    while (jobs.size > MAX_JOBS && finished.length) jobs.delete(finished.shift()!.id);
  }

  return {
    create(ownerId: string | null, kind: ImportKind, fileName: string | null): JobRecord {
      prune();
      const job: JobRecord = {
        id: randomUUID(),
        ownerId,
        kind,
        fileName,
        status: 'running',
        phase: 'queued',
        total: 0,
        done: 0,
        created: null,
        problems: [],
        rowsWithProblems: 0,
        message: null,
        startedAt: clock(),
        finishedAt: null,
        rowsPerSecond: null,
      };
      jobs.set(job.id, job);
      return job;
    },
    get: (id: string) => jobs.get(id) ?? null,
    runningFor: (ownerId: string | null) =>
      [...jobs.values()].filter((j) => j.ownerId === ownerId && j.status === 'running').length,
  };
}

export type JobStore = ReturnType<typeof createJobStore>;

export function jobView(job: JobRecord): ImportJob {
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status,
    phase: job.phase,
    total: job.total,
    done: job.done,
    created: job.created,
    rowsWithProblems: job.rowsWithProblems,
    problemsTotal: job.problems.length,
    problems: job.problems.slice(0, PROBLEMS_SHOWN),
    message: job.message,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    rowsPerSecond: job.rowsPerSecond,
  };
}
