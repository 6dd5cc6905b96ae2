/** Row types of the accounts module's tables (see migrations/0002_accounts.ts). */
declare module '../../platform/db/tables.js' {
  interface Database extends AccountTables {}
}

export interface AccountTables {
  people: {
    id: string;
    name: string;
    email: string;
    email_verified: number;
    image: string | null;
    locale: string | null;
    is_admin: number;
    created_at: string;
    updated_at: string;
  };
  sessions: {
    id: string;
    user_id: string;
    token: string;
    expires_at: string;
    ip_address: string | null;
    user_agent: string | null;
    created_at: string;
    updated_at: string;
  };
  accounts: {
    id: string;
    user_id: string;
    account_id: string;
    provider_id: string;
    password: string | null;
    created_at: string;
    updated_at: string;
  };
  verifications: {
    id: string;
    identifier: string;
    value: string;
    expires_at: string;
    created_at: string;
    updated_at: string;
  };
  api_tokens: {
    id: string;
    person_id: string;
    name: string;
    token_hash: string;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
}
