/**
 * A legal plan's measurable targets, read from a declarative definition, and the evaluation of a
 * year against them: value, trajectory, status with its rule, the units that pull a target down.
 */
@Version("1.1.0")
package vn.edudx.api.plan;

import org.osgi.annotation.versioning.Version;
