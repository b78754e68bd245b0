@Version("2.0.0")
package vn.edudx.api.score;

import org.osgi.annotation.versioning.Version;
