package org.schedc.tests.corpus;

import java.nio.file.Path;

/**
 * One object of the agreement corpus ({@code tests/corpus/obj/NAME.bpf.o}).
 *
 * @param origin clang-built C, schedc-built, or a bytecode mutant (from the name's prefix)
 * @param ruleClass the rule class the object exercises (cases.txt for C objects, the mutation kind for mutants)
 */
record CorpusObject(String name, Path path, String sha256, Origin origin, String ruleClass) {
    enum Origin { CLANG, SCHEDC, MUTANT }

    static Origin originOf(String name) {
        if (name.startsWith("c_")) return Origin.CLANG;
        if (name.startsWith("s_")) return Origin.SCHEDC;
        if (name.startsWith("m_")) return Origin.MUTANT;
        throw new IllegalArgumentException("corpus object " + name + " has no c_/s_/m_ prefix");
    }

    /** The mutation kind of a mutant's name ("..._nonull1" → "nonull"). */
    static String mutationOf(String name) {
        String last = name.substring(name.lastIndexOf('_') + 1).replaceAll("\\d+$", "");
        return name.contains("_swap_") ? "swap" : last;
    }
}
