/**
 * A small, safe reader and writer of Office Open XML spreadsheets (.xlsx) for the workbooks office
 * staff exchange with EduDX: indicator-set definitions, import templates and exports.
 *
 * <p>It exists because Apache POI is too large for OSGi, evaluates formulas and offers a wide
 * attack surface to files uploaded by anyone. {@link vn.edudx.xlsx.XlsxReader} reads cell values
 * only, within {@link vn.edudx.xlsx.Limits}; {@link vn.edudx.xlsx.XlsxWriter} writes plain,
 * deterministic workbooks. Everything else in this package is package-private.
 */
@Export
@Version("1.1.0")
package vn.edudx.xlsx;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
