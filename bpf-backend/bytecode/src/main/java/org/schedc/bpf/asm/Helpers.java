package org.schedc.bpf.asm;

import java.util.Map;
import java.util.Optional;

/** BPF helper ids the compiler uses, from {@code ___BPF_FUNC_MAPPER} in the kernel's {@code include/uapi/linux/bpf.h}. */
public final class Helpers {
    private Helpers() {}

    public static final int MAP_LOOKUP_ELEM = 1;
    public static final int MAP_UPDATE_ELEM = 2;
    public static final int MAP_DELETE_ELEM = 3;
    public static final int KTIME_GET_NS = 5;
    public static final int GET_SMP_PROCESSOR_ID = 8;
    public static final int TASK_STORAGE_GET = 156;
    public static final int TASK_STORAGE_DELETE = 157;
    public static final int MAP_LOOKUP_PERCPU_ELEM = 195;

    private static final Map<Integer, String> NAMES = Map.of(
            MAP_LOOKUP_ELEM, "bpf_map_lookup_elem",
            MAP_UPDATE_ELEM, "bpf_map_update_elem",
            MAP_DELETE_ELEM, "bpf_map_delete_elem",
            KTIME_GET_NS, "bpf_ktime_get_ns",
            GET_SMP_PROCESSOR_ID, "bpf_get_smp_processor_id",
            TASK_STORAGE_GET, "bpf_task_storage_get",
            TASK_STORAGE_DELETE, "bpf_task_storage_delete");

    /** The C name of a helper listed here ({@code bpf_ktime_get_ns}), empty for other ids. */
    public static Optional<String> name(int helperId) {
        return Optional.ofNullable(NAMES.get(helperId));
    }
}
