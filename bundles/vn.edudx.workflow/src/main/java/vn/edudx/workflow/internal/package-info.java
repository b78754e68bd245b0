/** Internals of the workflow bundle; nothing here is exported. */
package vn.edudx.workflow.internal;
