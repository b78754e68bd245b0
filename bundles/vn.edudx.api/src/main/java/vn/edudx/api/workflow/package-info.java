@Version("1.0.0")
package vn.edudx.api.workflow;

import org.osgi.annotation.versioning.Version;
