/** JSON logs through pino; each request gets a child logger carrying its request id. */
import pino, { type Logger } from 'pino';

/** @example const log = createLogger(config.logLevel) */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'concord' }, timestamp: pino.stdTimeFunctions.isoTime });
}
