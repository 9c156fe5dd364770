/** Addresses of the plans section, so links from the worksheets and within the section agree. */
export const PLANS_PATH = '/plans';
export const planPath = (planId: string) => `${PLANS_PATH}/${planId}`;
export const zonePath = (planId: string, zoneId: string) => `${planPath(planId)}/zones/${zoneId}`;
