import { expect, test, type Page } from '@playwright/test';
import { ConsultationsPage } from './pages/ConsultationsPage';
import { LandTypesPage } from './pages/LandTypesPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/** A number or a share as the page itself writes it in `lang` (Arabic digits, % placement). */
function formatted(page: Page, lang: Lang, value: number, style: 'decimal' | 'percent'): Promise<string> {
  return page.evaluate(([l, v, s]) => new Intl.NumberFormat(l, { style: s, maximumFractionDigits: 1 }).format(v), [lang, value, style] as const);
}

/**
 * A target-setting workshop: two people registered beforehand, one newcomer signed in at the desk with
 * the keyboard, a decision (with dissent) linked to a land type and one linked to the national target;
 * then the disaggregated roll-up (2 women of 3 participants = 66.7 %) and the links back from the land type
 * and from the target.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`stakeholder register, attendance, decisions on a land type and a target, and the roll-up (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    const ar = lang === 'ar';
    await new WelcomePage(page, t).createWorkspace({ name: `Consultations ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '569140' });
    const landTypeName = ar ? 'أراضٍ زراعية على تربة طينية' : 'Cropland on clay soils';
    const landType = (await command(page, 'landtypes.save', { code: 'CL-1', name: landTypeName, areaKm2: 500 })) as { id: string };
    const targetText = ar ? 'تحقيق تحييد أثر تدهور الأراضي بحلول عام 2030' : 'Achieve LDN by 2030 compared to the 2015 baseline';
    const target = (await command(page, 'targets.save', {
      text: targetText,
      level: 'national',
      pattern: 'achieve_ldn',
      ambition: 'no_net_loss',
      hierarchyTypes: ['avoid', 'reduce', 'reverse'],
      indicators: ['sdg_15_3_1'],
      landTypeIds: [landType.id],
      baselineYear: 2015,
      targetYear: 2030,
    })) as { id: string };

    const shell = new WorkspaceShell(page, t);
    const consultations = new ConsultationsPage(page, t);
    await shell.goToSection('consultations');
    await consultations.openTab('register');
    const amina = ar ? 'أمينة عودة' : 'Amina Odhiambo';
    const baraka = ar ? 'بركة موانجي' : 'Baraka Mwangi';
    await consultations.registerPerson({ name: amina, organisation: ar ? 'وزارة البيئة' : 'Ministry of Environment', sector: 'government', sex: 'female' });
    await consultations.registerPerson({ name: baraka, sector: 'iplc', sex: 'male', isIplc: true });
    await screenshot(page, lang, '40-register');

    await consultations.openTab('consultations');
    const title = ar ? 'حلقة عمل لتحديد الأهداف' : 'Target-setting workshop';
    await consultations.createConsultation(title, '2026-02-10', 'target_setting');

    await consultations.signInRegistered(amina.slice(0, 3), amina);
    await consultations.signInRegistered(baraka.slice(0, 3), baraka);
    const zawadi = ar ? 'زوادي نجيري' : 'Zawadi Njeri';
    await consultations.signInNewcomer({ name: zawadi, sex: 'female', ageBand: '18_24', sector: 'youth' });
    const two = await formatted(page, lang, 2, 'decimal');
    await expect(page.getByText(t('consultations:attendance.total', { total: await formatted(page, lang, 3, 'decimal') }))).toBeVisible();
    await expect(page.getByText(t('consultations:attendance.countOf', { label: t('consultations:sex.female'), n: two }))).toBeVisible();
    await screenshot(page, lang, '41-attendance');

    const decision = ar ? 'تجنب تحويل الأراضي الزراعية الطينية إلى مستوطنات' : 'Avoid conversion of clay cropland to settlements';
    const dissent = ar ? 'طلب مخططو المقاطعة مساحة أصغر' : 'County planners asked for a smaller area';
    await consultations.addDecision(decision, dissent, { type: 'landtype', option: `CL-1 · ${landTypeName}` });
    await expect(page.getByText(t('consultations:decisions.shaped', { subject: t('consultations:decisions.landTypeSubject', { kind: t('consultations:subjectType.landtype'), code: 'CL-1', name: landTypeName }) }))).toBeVisible();
    const endorse = ar ? 'يقر الفريق العامل الهدف الوطني' : 'The working group endorses the national target';
    await consultations.addDecision(endorse, '', { type: 'target', option: targetText });
    await screenshot(page, lang, '42-decision');

    // 3 participants: 2 women (66.7 %), 1 man (33.3 %), 1 IPLC, 1 youth.
    await consultations.openTab('participation');
    const women = consultations.share(t('consultations:rollup.bySex'), t('consultations:sex.female'));
    await expect(women.nth(0)).toHaveText(two);
    await expect(women.nth(1)).toHaveText(await formatted(page, lang, 2 / 3, 'percent'));
    const iplc = consultations.share(t('consultations:rollup.inclusion'), t('consultations:flag.iplc'));
    await expect(iplc.nth(1)).toHaveText(await formatted(page, lang, 1 / 3, 'percent'));
    await expect(page.getByRole('table', { name: t('consultations:involvement.title') })).toBeVisible();
    await screenshot(page, lang, '43-participation');

    await shell.goToPage('landTypes');
    const row = new LandTypesPage(page, t).row('CL-1');
    await row.getByText(t('consultations:decisionsBehind.summary', { n: await formatted(page, lang, 1, 'decimal') })).click();
    await expect(row.getByRole('link', { name: title })).toBeVisible();
    await expect(row).toContainText(decision);
    await screenshot(page, lang, '44-landtype-decisions');

    await row.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // The target shows the consultation and the decision behind it.
    await page.goto(`/#/targets/${target.id}`);
    await page.getByText(t('consultations:decisionsBehind.summary', { n: await formatted(page, lang, 1, 'decimal') })).click();
    await expect(page.getByText(endorse)).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await screenshot(page, lang, '45-target-decisions');
  });
}
