import { resolve } from 'node:path';
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for the embedded SQLite database)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KURS_DEMO: boolean.default(true),
  KURS_BODY_LIMIT_MB: z.coerce.number().positive().default(20),
  KURS_IMPORT_LIMIT_MB: z.coerce.number().positive().default(500),
  KURS_WEB_DIR: z.string().optional(),
  KURS_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be the http:// or https:// address people open Kurs at' }).optional(),
  KURS_SECRET: z.string().min(32, 'must be at least 32 characters (leave it unset to have one made and kept in the database)').optional(),
  KURS_TRUST_PROXY: boolean.default(false),
  KURS_SESSION_DAYS: z.coerce.number().positive().max(365).default(7),
});

export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demo: boolean;
  bodyLimitBytes: number;
  importLimitBytes: number;
  webDir: string | undefined;
  /** Where people open Kurs; invitation and share links are made with it. Default http://localhost:PORT. */
  publicUrl: string | undefined;
  /** Behind https: Secure cookies with the __Host- prefix, and HSTS. */
  secure: boolean;
  /** Signs session cookies; unset: made once and kept in the database, shared by every instance. */
  secret: string | undefined;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  sessionDays: number;
}

export class ConfigError extends Error {}

/** Reads the environment once; nothing else in the server reads process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`The configuration is not valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: resolve(dataDir, 'kurs.db') },
    dataDir,
    logLevel: e.LOG_LEVEL,
    demo: e.KURS_DEMO,
    bodyLimitBytes: Math.round(e.KURS_BODY_LIMIT_MB * 1024 * 1024),
    importLimitBytes: Math.round(e.KURS_IMPORT_LIMIT_MB * 1024 * 1024),
    webDir: e.KURS_WEB_DIR,
    publicUrl: e.KURS_PUBLIC_URL?.replace(/\/+$/, ''),
    secure: e.KURS_PUBLIC_URL?.startsWith('https://') ?? false,
    secret: e.KURS_SECRET,
    trustProxy: e.KURS_TRUST_PROXY,
    sessionDays: e.KURS_SESSION_DAYS,
  };
}
