package org.schedc.sim;

/** What a program's call instructions reach: BPF helpers by id and kfuncs by name (args in r1..r5). */
interface Calls {
    long helper(int id, long r1, long r2, long r3, long r4, long r5);

    long kfunc(String name, long r1, long r2, long r3, long r4, long r5);
}
