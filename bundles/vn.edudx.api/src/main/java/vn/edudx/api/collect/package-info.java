@Version("1.2.0")
package vn.edudx.api.collect;

import org.osgi.annotation.versioning.Version;
