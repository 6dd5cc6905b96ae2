/** Row type of the organisation import jobs (see migrations/0008_organization_imports.ts). */
declare module '../../../platform/db/tables.js' {
  interface Database extends ImportTables {}
}

export type ImportStatus = 'validated' | 'queued' | 'running' | 'done' | 'failed';
/** 'all': nothing unless every row is valid, in one transaction; 'valid': the valid rows only. */
export type ImportMode = 'all' | 'valid';

export interface ImportTables {
  organization_imports: {
    id: string;
    file_name: string;
    /** The file as text (UTF-8, without BOM), so that a confirmed import can run from it. */
    content: string;
    /** 1: organisations become (or stay) network members; 0: their status is left alone. */
    admit: number;
    mode: ImportMode | null;
    status: ImportStatus;
    total_rows: number;
    error_rows: number;
    processed_rows: number;
    created_count: number;
    updated_count: number;
    unchanged_count: number;
    skipped_count: number;
    /** JSON: ImportProblem[] */
    problems: string;
    /** A message key: why the run failed. */
    failure: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
    finished_at: string | null;
  };
}
