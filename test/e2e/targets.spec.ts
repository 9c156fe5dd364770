import { expect, test } from '@playwright/test';
import { TargetsPage } from './pages/TargetsPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/**
 * A working group writes a national restoration target through the wizard and watches its rubric fill in,
 * adds two sub-targets, links one to its NDC and to a Bonn Challenge pledge that share its land, and reads
 * the national roll-up: every hectare counted once, with the double counts it avoided.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`LDN targets: wizard, rubric, sub-targets, commitments and roll-up (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Targets ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '569140' });
    const grazing = lang === 'ar' ? 'أراضي الرعي' : 'Grazing land';
    await command(page, 'landtypes.save', { code: 'GL-1', name: grazing, areaKm2: 800 });
    const landType = `GL-1 · ${grazing}`;
    const ha = (value: number) => t('targets:rollup.hectares', { value: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value) });

    await new WorkspaceShell(page, t).goToSection('targets');
    const targets = new TargetsPage(page, t);

    // The national target: restore 9,000 ha by 2030. The rubric starts empty and fills in step by step.
    await targets.startNewTarget();
    await targets.expectGrade('time_bound', 'missing');
    await targets.expectGrade('gender_responsive', 'missing');
    await targets.choosePattern('restore_area');
    await targets.goToStep('where');
    await targets.tick('landTypeIds', landType);
    await targets.goToStep('howMuch');
    await targets.field('targetValue').fill('9000');
    await targets.field('baselineValue').fill('0');
    await targets.field('baselineYear').fill('2015');
    await targets.goToStep('when');
    await targets.field('startYear').fill('2020');
    await targets.field('targetYear').fill('2030');
    await targets.expectGrade('time_bound', 'pass');
    await targets.goToStep('who');
    await targets.field('genderNotes').fill(lang === 'ar' ? 'تملك النساء 20 % من المراعي ويشاركن في لجان الرعي.' : 'Women hold 20 % of grazing rights and sit on the grazing committees.');
    await targets.tick('gapPriorityAreas', t('targets:codes.gapArea.participation'));
    await targets.expectGrade('gender_responsive', 'pass');
    await targets.goToStep('planning');
    await targets.field('planningInstrument').fill(lang === 'ar' ? 'الخطة المكانية للمقاطعة 2023-2032' : 'County Spatial Plan 2023–2032');
    await targets.field('adoptingBody').fill(lang === 'ar' ? 'الفريق العامل الوطني' : 'National LDN working group');
    await targets.field('endorsementStatus').selectOption('validated_by_working_group');
    await targets.expectGrade('integrated_in_planning', 'pass');
    await targets.goToStep('sentence');
    await screenshot(page, lang, '40-target-wizard-rubric');
    const national = await targets.save();

    // Two sub-targets, each started from the national target's page.
    const subTargets: { location: string; areaKm2: string; hectares: string }[] = [
      { location: lang === 'ar' ? 'مقاطعة كيتوي' : 'Kitui County', areaKm2: '30', hectares: '3000' },
      { location: lang === 'ar' ? 'مقاطعة ماكويني' : 'Makueni County', areaKm2: '20', hectares: '2000' },
    ];
    const subTexts: string[] = [];
    for (const sub of subTargets) {
      await targets.startSubTarget();
      await targets.choosePattern('restore_area');
      await targets.goToStep('where');
      await targets.field('locationName').fill(sub.location);
      await targets.field('targetAreaKm2').fill(sub.areaKm2);
      await targets.tick('landTypeIds', landType);
      await targets.goToStep('howMuch');
      await targets.field('targetValue').fill(sub.hectares);
      await targets.goToStep('when');
      await targets.field('targetYear').fill('2030');
      subTexts.push(await targets.save());
      // A sub-target's page leads back to its national target.
      await targets.openTarget(national);
    }
    for (const sub of subTargets) await expect(targets.subTargets).toContainText(sub.location);

    // The first sub-target shares land with the NDC and with a Bonn Challenge pledge, which books its share.
    await targets.openTarget(subTexts[0]!);
    await targets.expectGrade('policy_coherent', 'missing');
    await targets.addLink({ framework: 'unfccc_ndc', commitmentRef: 'NDC 2021, 4.2', relation: 'overlapping_area', sharedAreaKm2: '10' });
    await targets.addLink({ framework: 'bonn_challenge', commitmentRef: 'Kenya 5.1 Mha', relation: 'same_area_same_action', sharedAreaKm2: '5', accountingOwner: true });
    await targets.expectGrade('policy_coherent', 'pass');
    await screenshot(page, lang, '41-target-links');

    // The roll-up counts the national 9,000 ha once: the sub-targets and the shares are inside them.
    await targets.backToList();
    await screenshot(page, lang, '42-target-list');
    await targets.openCommitments();
    await expect(targets.rollupTotal('total')).toHaveText(ha(9000));
    await expect(targets.rollupTotal('gross')).toHaveText(ha(9000 + 3000 + 2000 + 1000 + 500));
    await expect(targets.rollup).toContainText(
      t('targets:rollup.avoidedSubTarget', { hectares: ha(3000), target: subTexts[0]!, parent: national }),
    );
    await expect(targets.rollup).toContainText(t('targets:commitments.framework.bonn_challenge'));
    await targets.rollup.scrollIntoViewIfNeeded();
    await screenshot(page, lang, '43-commitments-rollup');
  });
}
