@Version("1.0.0")
package vn.edudx.api.observation;

import org.osgi.annotation.versioning.Version;
