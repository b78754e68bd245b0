@Version("1.0.0")
package vn.edudx.api.security;

import org.osgi.annotation.versioning.Version;
