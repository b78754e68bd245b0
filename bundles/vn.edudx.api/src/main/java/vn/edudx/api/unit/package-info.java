@Version("1.1.0")
package vn.edudx.api.unit;

import org.osgi.annotation.versioning.Version;
