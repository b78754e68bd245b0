@Version("1.1.0")
package vn.edudx.api.collect;

import org.osgi.annotation.versioning.Version;
