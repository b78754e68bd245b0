@Version("2.0.0")
package vn.edudx.api.ranking;

import org.osgi.annotation.versioning.Version;
