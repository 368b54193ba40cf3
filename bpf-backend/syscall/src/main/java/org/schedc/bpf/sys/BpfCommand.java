package org.schedc.bpf.sys;

/**
 * The bpf(2) commands this module issues, with their numbers from include/uapi/linux/bpf.h and the attr size
 * passed for each (the end of the last field the command uses, as the kernel's CHECK_ATTR expects zeros after it).
 */
public enum BpfCommand {
    MAP_CREATE(0, 72, "BPF_MAP_CREATE"),
    MAP_LOOKUP_ELEM(1, 32, "BPF_MAP_LOOKUP_ELEM"),
    MAP_UPDATE_ELEM(2, 32, "BPF_MAP_UPDATE_ELEM"),
    MAP_DELETE_ELEM(3, 16, "BPF_MAP_DELETE_ELEM"),
    MAP_GET_NEXT_KEY(4, 24, "BPF_MAP_GET_NEXT_KEY"),
    PROG_LOAD(5, 144, "BPF_PROG_LOAD"),
    OBJ_PIN(6, 16, "BPF_OBJ_PIN"),
    OBJ_GET(7, 16, "BPF_OBJ_GET"),
    OBJ_GET_INFO_BY_FD(15, 16, "BPF_OBJ_GET_INFO_BY_FD"),
    BTF_LOAD(18, 32, "BPF_BTF_LOAD"),
    BTF_GET_FD_BY_ID(19, 12, "BPF_BTF_GET_FD_BY_ID"),
    MAP_FREEZE(22, 4, "BPF_MAP_FREEZE"),
    LINK_CREATE(28, 16, "BPF_LINK_CREATE");

    private final int number;
    private final int attrSize;
    private final String label;

    BpfCommand(int number, int attrSize, String label) {
        this.number = number;
        this.attrSize = attrSize;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public int attrSize() {
        return attrSize;
    }

    public String label() {
        return label;
    }
}
