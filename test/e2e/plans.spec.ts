import { zip as shapefileZip } from '@mapbox/shp-write';
import { expect, test } from '@playwright/test';
import proj4 from 'proj4';
import { PlansPage } from './pages/PlansPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorksheetsPage } from './pages/WorksheetsPage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/** WGS 84 / UTM zone 37S as ArcGIS writes it into a .prj: a county GIS office in central Kenya would use it. */
const UTM_37S_WKT =
  'PROJCS["WGS_1984_UTM_Zone_37S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",39.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** A square of 0.1° × 0.1° south of Nakuru (about 123 km²), in UTM 37S metres. */
const ZONE_RING = [
  [36.0, -0.4],
  [36.1, -0.4],
  [36.1, -0.3],
  [36.0, -0.3],
  [36.0, -0.4],
].map((position) => proj4<number[]>('EPSG:4326', UTM_37S_WKT, position));

/**
 * A county GIS office's zoning layer as a zipped Shapefile in a projected CRS, written in the test by a real
 * Shapefile writer: one zone for urban development in the cropland land type CL-1.
 */
async function zoningShapefile(zoneName: string): Promise<Buffer> {
  return shapefileZip<'nodebuffer'>(
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: zoneName, zone_type: 'urban_development', landtype: 'CL-1' },
          geometry: { type: 'Polygon', coordinates: [ZONE_RING] },
        },
      ],
    },
    { compression: 'DEFLATE', outputType: 'nodebuffer', prj: UTM_37S_WKT, types: { polygon: 'zoning' } },
  );
}

/**
 * A working group records a county spatial plan: its zones come from the county's Shapefile, one zone plans
 * cropland to become built-up land, and that conversion appears as an anticipated loss, read-only, in the
 * worksheet of the cropland land type.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`land-use plan zones imported from a Shapefile feed the worksheets' anticipated losses (${lang})`, async ({ page }) => {
    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Plans ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '569140' });
    await command(page, 'landtypes.save', { code: 'CL-1', name: lang === 'ar' ? 'أراضٍ زراعية على تربة طينية' : 'Cropland on clay soils', areaKm2: 5000 });

    const planName = lang === 'ar' ? 'الخطة المكانية لمقاطعة ناكورو' : 'Nakuru County Spatial Plan';
    // The county's layer names its zones in Latin script in every run: shp-write writes DBF text one byte per character.
    const zoneName = 'Peri-urban belt';
    const shell = new WorkspaceShell(page, t);
    await shell.goToSection('plans');
    const plans = new PlansPage(page, t);
    await plans.addPlan({ name: planName, level: 'subnational' });
    await plans.openPlan(planName);

    // The preview says what the file is and what each feature would become; nothing is imported yet.
    await plans.previewZoneImport({ name: 'nakuru-zoning.zip', buffer: await zoningShapefile(zoneName) });
    await expect(plans.importDialog).toContainText('Shapefile');
    await expect(plans.previewRow(zoneName)).toContainText(t('plans:zoningClass.urban_development'));
    await expect(plans.previewRow(zoneName)).toContainText(t('plans:import.ready'));
    expect(((await command(page, 'plans.list')) as { items: { zoneCount: number }[] }).items[0]?.zoneCount).toBe(0);
    await screenshot(page, lang, '40-plan-zone-import-preview');
    await plans.confirmImportOfOne();

    await expect(plans.zoneRow(zoneName)).toContainText(t('plans:zoningClass.urban_development'));
    await expect(plans.zoneRow(zoneName)).toContainText('CL-1');
    await screenshot(page, lang, '41-plan-zones');

    // Cropland to artificial areas: the default transition matrix calls it degradation.
    await plans.openZone(zoneName);
    await plans.addConversion({ fromClass: 3, toClass: 5, areaKm2: '20', expectedYear: '2030', driver: 'urban_expansion' });
    await expect(plans.conversionsOf(zoneName)).toContainText(t('plans:conversion.isLoss'));
    await screenshot(page, lang, '42-zone-conversion-loss');

    // The worksheet of CL-1 shows it as a loss from the plan, without Edit or Delete, and the land type is out of balance.
    await shell.goToSection('worksheets');
    const worksheets = new WorksheetsPage(page, t);
    const sourceLink = page.getByRole('link', { name: t('plans:worksheetLoss.fromPlan', { plan: planName, zone: zoneName }) });
    const source = worksheets.landType('CL-1').locator(sourceLink);
    await expect(source).toBeVisible();
    // `has` looks inside each row, so it takes the link on its own, not chained from the land type.
    const row = worksheets.landType('CL-1').getByRole('row').filter({ has: sourceLink });
    await expect(row).toContainText(t('plans:worksheetLoss.readOnly'));
    await expect(row.getByRole('button')).toHaveCount(0);
    await worksheets.expectStatus('CL-1', false);
    await screenshot(page, lang, '43-worksheet-plan-loss');

    await source.click();
    await expect(page.getByRole('heading', { level: 1, name: planName })).toBeVisible();
  });
}
