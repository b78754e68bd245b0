@Version("1.1.0")
package vn.edudx.api.observation;

import org.osgi.annotation.versioning.Version;
