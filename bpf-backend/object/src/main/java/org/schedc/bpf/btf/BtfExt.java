package org.schedc.bpf.btf;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The .BTF.ext contents by program section name; strings are real strings (the encoder interns them into the
 * .BTF string table). Maps are copied into immutable maps sorted by section name; null means empty.
 */
public record BtfExt(Map<String, List<FuncInfo>> funcInfo, Map<String, List<LineInfo>> lineInfo,
        Map<String, List<CoreRelo>> coreRelos) {

    public BtfExt {
        funcInfo = sortedCopy(funcInfo);
        lineInfo = sortedCopy(lineInfo);
        coreRelos = sortedCopy(coreRelos);
    }

    /** {@code insnByteOff} counts bytes inside the program's section. */
    public record FuncInfo(int insnByteOff, int typeId) {}

    /** {@code column} is capped at 1023 by the format. */
    public record LineInfo(int insnByteOff, String fileName, String lineText, int line, int column) {}

    /** {@code rootTypeId} is the struct (not the pointer); kinds as in the notes (0 FIELD_BYTE_OFFSET ...). */
    public record CoreRelo(int insnByteOff, int rootTypeId, String accessString, int kind) {}

    private static <T> Map<String, List<T>> sortedCopy(Map<String, List<T>> m) {
        TreeMap<String, List<T>> out = new TreeMap<>();
        if (m != null) m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
