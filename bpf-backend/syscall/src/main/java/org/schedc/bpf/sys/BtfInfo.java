package org.schedc.bpf.sys;

/** Offsets in {@code struct bpf_btf_info} (include/uapi/linux/bpf.h): btf u64 @0, btf_size u32 @8, id u32 @12. */
final class BtfInfo {
    static final int STRUCT_SIZE = 32;
    static final long BTF_PTR = 0, BTF_SIZE = 8, ID = 12;

    private BtfInfo() {
    }
}
