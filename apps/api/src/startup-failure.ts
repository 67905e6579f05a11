import { ConfigError } from './app/config/app-config';
import { DataDirInUseError } from './app/database/data-dir-lock';
import { RubricIntegrityError } from './app/rubrics/rubrics.service';

/** Known start-up failures end with one clear line, not a stack trace. */
export function failStartup(error: unknown): never {
  const known =
    error instanceof ConfigError ||
    error instanceof DataDirInUseError ||
    error instanceof RubricIntegrityError ||
    (error as Error)?.name === 'RubricValidationError';
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Labelklaar cannot start: ${known ? message : `${message}\n${(error as Error)?.stack ?? ''}`}\n`,
  );
  process.exit(1);
}
