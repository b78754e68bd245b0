@Version("1.0.0")
package vn.edudx.api.publication;

import org.osgi.annotation.versioning.Version;
