/** Internals of the security bundle; nothing here is exported. */
package vn.edudx.security.internal;
