@Version("1.0.0")
package vn.edudx.api.collect;

import org.osgi.annotation.versioning.Version;
