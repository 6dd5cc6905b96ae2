/**
 * The database's row types. The platform declares its own tables here; each module adds its
 * tables to the same interface by declaration merging (see modules/accounts/tables.ts), so
 * that one `Kysely<Database>` serves everywhere while platform code imports no module.
 */
export interface Database extends PlatformTables {}

/** Row types of the platform's own tables (see migrations/0001_platform.ts). */
export interface PlatformTables {
  instance_secrets: { name: string; value: string; created_at: string };
  rate_limit_hits: { key: string; hits: number; expires_at: number };
  mail_outbox: {
    id: string;
    to_address: string;
    subject: string;
    body_text: string;
    created_at: string;
    sent_at: string | null;
    attempts: number;
    last_error: string | null;
    /** JSON: [{ filename, contentType, base64 }] (migrations/0011_mail_attachments.ts). */
    attachments: string;
  };
  /** Durable jobs (migrations/0014_jobs.ts, platform/jobs). */
  jobs: {
    id: string;
    kind: string;
    /** JSON given by whoever enqueued the job. */
    payload: string;
    unique_key: string | null;
    state: 'pending' | 'running' | 'done' | 'dead';
    run_at: string;
    attempts: number;
    max_attempts: number;
    locked_by: string | null;
    locked_until: string | null;
    last_error: string | null;
    created_at: string;
    updated_at: string;
    finished_at: string | null;
  };
  audit_log: {
    id: string;
    at: string;
    actor_id: string | null;
    actor_label: string | null;
    action: string;
    subject_type: string | null;
    subject_id: string | null;
    ip: string | null;
    details: string;
  };
}
