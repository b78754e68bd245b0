@Version("1.2.0")
package vn.edudx.api.observation;

import org.osgi.annotation.versioning.Version;
