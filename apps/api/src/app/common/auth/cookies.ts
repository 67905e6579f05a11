export const SESSION_COOKIE = 'lk_session';
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
export const PRE_SESSION_COOKIE = 'lk_presession';
