import { z } from 'zod';
import { command } from '../command';
import { entityId } from '../ids';
import {
  baselineData,
  baselineInputs,
  dataSource,
  dataSourceInput,
  matrixScope,
  transitionMatrixVersion,
  trendsEarthFileInput,
  trendsEarthImport,
  trendsEarthPreview,
} from './schema';
import { baselineSites, degradationProcessesInput, falsePosNegInput, hotBrightSpotInput, siteRef } from './sites';

/** Every save returns the whole baseline again: it is small, and the screens then show exactly what is stored. */
const save = <I extends z.ZodType>(input: I) => command({ scope: 'workspace', input, output: baselineData });
/** Site commands return the three site lists whole, for the same reason. */
const sitesCommand = <I extends z.ZodType>(input: I) => command({ scope: 'workspace', input, output: baselineSites });

export const baselineContract = {
  /** All baseline tables of the open workspace with their provenance, sources, imports and the matrix in force. */
  'baseline.get': command({ scope: 'workspace', input: z.object({}), output: baselineData }),
  /** CP-1.T1 as national data. Refused when a later table already holds more area than the new land area. */
  'baseline.saveLandArea': save(baselineInputs.landArea),
  /** SO1-1.T4 as national data; each year's classes may not exceed that year's total area (land + water). */
  'baseline.saveLandCoverExtent': save(baselineInputs.landCoverExtent),
  /** SO1-1.T5 (baseline) or SO1-1.T6 (report_1, report_2): all 49 cells, or refused on `cells`. */
  'baseline.saveLandCoverChange': save(baselineInputs.landCoverChange),
  /** SO1-2.T1 (baseline) or SO1-2.T2: LPD class areas per land-cover class. */
  'baseline.saveLpd': save(baselineInputs.lpd),
  /** SO1-3.T1 with the tier used. */
  'baseline.saveSocStocks': save(baselineInputs.socStocks),
  /** SO1-1.T7, SO1-2.T3, SO1-3.T2 or SO1-4.T2 for one period; the four areas may not exceed the land area. */
  'baseline.saveSummary': save(baselineInputs.summary),
  /** The SO1-4.T2 tick boxes: method and confidence for one period. */
  'baseline.saveSdgMethod': save(baselineInputs.sdgMethod),
  /** A new version of SO1-1.T3 (national, or the region's with `regionId`) with one cell changed; the rationale is required. */
  'baseline.saveTransitionCell': save(baselineInputs.transitionCell),
  /** A new version of SO1-1.T3 (national, or the region's with `regionId`) equal to the GPG default again. */
  'baseline.resetTransitionMatrix': save(matrixScope),
  /** Every version of the matrix (national, or the region's with `regionId`), newest first. */
  'baseline.transitionMatrixVersions': command({
    scope: 'workspace',
    input: matrixScope,
    output: z.object({ items: z.array(transitionMatrixVersion) }),
  }),
  /** SO1-1.T2: the toggle and the whole national legend; refused on the field (15 classes, codes, nesting, names, colour). */
  'baseline.saveNationalLegend': save(baselineInputs.nationalLegend),
  /**
   * The whole list of SO1-1.T3 regions: at most 5, distinct names, areas summing to the total land area
   * (±0.5 %). A new region's matrix starts as a copy of the national matrix in force; a region left out is
   * removed with its matrix versions. An empty list means one national matrix.
   */
  'baseline.saveRegions': save(baselineInputs.regions),
  'baseline.saveSource': command({ scope: 'workspace', input: dataSourceInput, output: dataSource }),
  /** Refused with `conflict` while a table names the source. */
  'baseline.deleteSource': command({ scope: 'workspace', input: z.object({ id: entityId }), output: z.object({ id: entityId }) }),
  /** Reads a Trends.Earth summary JSON or `.tar.gz` package and says what an import would do; writes nothing. */
  'baseline.previewTrendsEarth': command({ scope: 'workspace', input: trendsEarthFileInput, output: trendsEarthPreview }),
  /**
   * Imports the file in one transaction: the tables it carries become `imported`, the original bytes and
   * provenance are kept, counterbalancing land types are created or updated. A file already imported (same
   * sha256) changes nothing.
   */
  'baseline.importTrendsEarth': command({
    scope: 'workspace',
    input: trendsEarthFileInput,
    output: z.object({ imports: z.array(trendsEarthImport), data: baselineData }),
  }),
  /** SO1-1.T1 key degradation processes, SO1-4.T3 false positives/negatives and SO1-4.T4/T5 hotspots/brightspots. */
  'baseline.getSites': sitesCommand(z.object({})),
  /** Replaces the SO1-1.T1 selection; `otherTitle` is required when `other` is ticked. */
  'baseline.saveProcesses': sitesCommand(degradationProcessesInput),
  /** Creates (no id) or updates an SO1-4.T3 row; the area may not exceed the land area. */
  'baseline.saveFalsePosNeg': sitesCommand(falsePosNegInput),
  /** Creates (no id) or updates an SO1-4.T4/T5 row; the area may not exceed the land area. */
  'baseline.saveHotBrightSpot': sitesCommand(hotBrightSpotInput),
  /** Marks a site deleted (a tombstone); `baseline.restoreSite` undoes it. */
  'baseline.deleteSite': sitesCommand(siteRef),
  'baseline.restoreSite': sitesCommand(siteRef),
};
