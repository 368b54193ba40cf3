/** The bpf(2) system call from Java through java.lang.foreign: pinned objects, maps, BTF. */
package org.schedc.bpf.sys;
