// The accounts the benchmark creates; they share one password.
export const BENCH_PASSWORD = 'Labelklaar-bench-2026';
export const OFFICER_EMAIL = 'kwaliteit-1@bench.labelklaar.test';
export const ADMIN_EMAIL = 'beheer@bench.labelklaar.test';
