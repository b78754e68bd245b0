@Version("2.0.0")
package vn.edudx.api.indicator;

import org.osgi.annotation.versioning.Version;
