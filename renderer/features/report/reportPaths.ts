/** The printable report's route (renderer/app/routes.tsx): outside the app's frame, so only the report prints. */
export const REPORT_ROUTE = 'report';
export const REPORT_PATH = '/report';

/** `?second=ar`: the report's second language, kept in the address so that a reload or a link keeps it. */
export const SECOND_LANGUAGE_PARAM = 'second';
