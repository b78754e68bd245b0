/** Internals of the publish bundle; nothing here is exported. */
package vn.edudx.publish.internal;
