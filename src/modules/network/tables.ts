/** Row types of the network module's table (see migrations/0018_network_identity.ts). */
declare module '../../platform/db/tables.js' {
  interface Database extends NetworkTables {}
}

export interface NetworkTables {
  network_identity: {
    id: number;
    name: string;
    short_name: string;
    /** JSON by language: `{ "en": "…", "az": "…", "ru": "…" }`. */
    purpose: string;
    logo_file: string | null;
    icon_file: string | null;
    touch_icon_file: string | null;
    logo_hash: string | null;
    logo_width: number | null;
    logo_height: number | null;
    updated_at: string;
  };
}

export type IdentityRow = NetworkTables['network_identity'];
