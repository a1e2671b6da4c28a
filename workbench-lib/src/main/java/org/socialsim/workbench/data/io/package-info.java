/**
 * Importers and exporters with validation reports: the canonical format (JSONL, CSV), X/Twitter API v2 pages, OASIS user CSVs; every problem is reported with file, line and field under a FAIL or SKIP_AND_REPORT policy.
 */
package org.socialsim.workbench.data.io;
